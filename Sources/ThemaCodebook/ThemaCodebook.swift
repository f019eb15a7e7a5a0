// ThemaCodebook: codebooks of sensitizing concepts read from YAML. (Filled by the coding issue.)
import ThemaLanguage
