/// The word lists of `CompoundLexicon.dutch`, written for Thema (education and work vocabulary).
/// Kept as whitespace-separated strings: easy to read and extend, cheap to compile.
enum DutchLexiconWords {
  /// Plausible compound parts: nouns, verb stems and adjectives that combine into compounds.
  static let parts = """
    aanpak aanbod actie activiteit advies agenda alumni ambitie analyse arbeid assessment audit
    basis basisschool bedrijf beeld begeleiding begin behoefte beleid belang beoordeling beroep beroeps
    bestuur betekenis bijeenkomst bijdrage blik boek bord brief budget burger
    casus centrum cijfer cluster coach coaching college collega commissie communicatie competentie
    context cultuur cursus curriculum cyclus
    dag data deel denk denken dienst directeur directie discussie docent doel domein dossier druk
    eis eenheid ervaring evaluatie examen expert expertise
    fase focus fonds functie
    gedrag gemeenschap gesprek gebied gebruik geld groei groep grond
    hbo handel handeling houding huis
    idee impact informatie initiatief inhoud instelling instituut instrument inzet inzicht
    jaar jeugd
    kader kans kennis kern keuze kind kinder klas kracht kring kwaliteit
    land leer leider leiding leef lerar leraar les lessen levens lijn literatuur loop
    maat macht markt master mbo meester methode middel model moment motivatie
    netwerk niveau norm
    omgeving onderwijs onderzoek ontwerp ontwikkel ontwikkeling opdracht opleiding oplossing organisatie
    overleg
    partner pedagogiek peer periode plan plek plaats po portfolio positie praktijk praktoraat presentatie
    proces product profiel programma project publiek
    raad regel regio relatie resultaat richting rol route ruimte
    samenwerking school sector sessie situatie sleutel speel sport staf stage standaard stap start
    strategie structuur student studie stuur subsidie systeem
    taak tafel talent team tekst thema theorie tijd toets traject training
    uitvoering uur
    vaardigheid vak verandering verbetering vereniging verslag visie vo voorbeeld voorstel vorm
    vraag vraagstuk
    waarde week wereld werk werkplaats werkplek wet wijze wijk
    zelf zorg
    innovatie vernieuwing reflectie leren werken ontwerpen onderzoeken kwaliteits
    mentor opvang opvoeding taal reken lees schrijf
    burgerschap vaardigheden ouder ouders leeftijd geschiedenis wiskunde natuur muziek kunst
    bedrijfs vakgroep sectie bouw afdeling locatie
    """

  /// Lexicalised words that look like compounds but must not be split.
  static let unsplittable = """
    leerling leerlingen leerkracht leerkrachten leerplicht leerplichtig leraar leraren
    verkenning verkenningen kleren bladeren steam
    beleid beleidsmatig overheid overheden begeleiden
    herkenning herkenningen bekentenis
    """
}
