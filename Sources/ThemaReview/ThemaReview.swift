// ThemaReview: decisions on codings, memos, the audit trail, agreement between coders. (Filled by the review issue.)
import ThemaStore
