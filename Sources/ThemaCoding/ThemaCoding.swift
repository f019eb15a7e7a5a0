// ThemaCoding: applies a codebook to the segments of a project. (Filled by the coding issue.)
import ThemaCodebook
