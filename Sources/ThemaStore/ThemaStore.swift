// ThemaStore: the project file. (Being written.)
