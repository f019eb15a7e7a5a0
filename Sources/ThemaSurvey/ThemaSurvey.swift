// ThemaSurvey: ranking surveys — import, Σ and N, cut-off, common items, cross-tabs. (Filled by the survey issue.)
import ThemaStore
