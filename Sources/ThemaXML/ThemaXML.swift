// ThemaXML: the one way Thema reads XML — libxml2 with network access, external entities, DTD loading
// and entity expansion off, and errors that name file, line and column. (Filled by the XML issue.)
import CLibXML2
