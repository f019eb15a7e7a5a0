// ThemaAnalysis: comparison matrices, shared and distinctive concepts, versions, co-occurrence. (Filled by the comparison issue.)
import ThemaStore
