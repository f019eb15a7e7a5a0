// ThemaExport: CSV, Markdown, XLSX and the HTML report. (Filled by the comparison issue.)
import ThemaAnalysis
