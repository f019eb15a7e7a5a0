/// The Dutch word families of `LemmaTable.dutch`, one family per line. Written for Thema: verbs with their
/// irregular and participle forms, the nouns, adjectives and agent nouns derived from them.
enum DutchLemmaFamilies {
  static let text = """
    innoveren innoveert innoveer innoveerde innoveerden geïnnoveerd geinnoveerd innoverend innoverende innovatie innovaties innovatief innovatieve innovator innovatoren innovativiteit
    onderzoeken onderzoekt onderzocht onderzoek onderzoeker onderzoekers onderzoekend onderzoekende onderzoeks onderzoekje
    leren leer leert leerde leerden geleerd lerend lerende lerenden
    ontwerpen ontwerp ontwerpt ontwierp ontwierpen ontworpen ontwerper ontwerpers ontwerpend ontwerpende ontwerps
    reflecteren reflecteert reflecteerde reflecteerden gereflecteerd reflectie reflecties reflectief reflectieve reflectiviteit
    positioneren positioneert positioneerde gepositioneerd positionering
    samenwerken samenwerkt samenwerkte samenwerkten samengewerkt samenwerking samenwerkingen
    professionaliseren professionaliseert professionaliseerde geprofessionaliseerd professionalisering
    ontwikkelen ontwikkelt ontwikkelde ontwikkelden ontwikkeld ontwikkeling ontwikkelingen
    veranderen verandert veranderde veranderden veranderd verandering veranderingen
    begeleiden begeleidt begeleidde begeleid begeleiding begeleider begeleiders
    coachen coacht coachte gecoacht coaching coach coaches
    leiden leidt leidde leidden geleid leiding leider leiders leidinggeven leidinggevend leidinggevende
    inspireren inspireert inspireerde geïnspireerd geinspireerd inspiratie inspirerend inspirerende
    ondernemen onderneemt ondernam ondernomen ondernemer ondernemers ondernemend ondernemende ondernemerschap
    evalueren evalueert evalueerde geëvalueerd geevalueerd evaluatie evaluaties
    analyseren analyseert analyseerde geanalyseerd analyse analyses
    verbeteren verbetert verbeterde verbeterd verbetering verbeteringen
    vernieuwen vernieuwt vernieuwde vernieuwd vernieuwing vernieuwingen vernieuwend vernieuwende
    motiveren motiveert motiveerde gemotiveerd motivatie gemotiveerde
    communiceren communiceert communiceerde gecommuniceerd communicatie
    visie visies visionair
    delen deelt deelde deelden gedeeld gedeelde
    bevragen bevraagt bevroeg bevraagd
    experimenteren experimenteert experimenteerde geëxperimenteerd experiment experimenten
    implementeren implementeert implementeerde geïmplementeerd implementatie
    borgen borgt borgde geborgd borging
    """
}
