/// The building blocks `GeneratedVocabulary` combines into Dutch word forms: nouns with their plural,
/// verbs with their stem and past participle, adjectives with their inflected form, verb prefixes and
/// function words. Chosen and written for Thema's benchmark (everyday words of school and office life);
/// no list was copied.
enum DutchWordParts {
  // MARK: - Function words

  /// Function words, most frequent first (they take the top ranks of the Zipf distribution).
  static let functionWords: [String] = """
    de en het van een in is dat op te die voor met zijn niet er aan ook als om bij maar dan door \
    wat nog wel naar ze we je hij zij wordt worden kan moet zou al over uit of dit deze meer \
    omdat tot hebben heeft had was waren werd geen veel hun ons onze mijn haar hem wie waar hoe \
    toen nu zo alleen na tegen onder tussen zonder sinds tijdens volgens binnen buiten via per \
    elkaar iets niets iemand niemand alles andere ander eigen zelf samen steeds vaak soms nooit \
    altijd daarom daarnaast echter dus want terwijl zodat hoewel mits indien welke welk waarin \
    waarbij waarover daarin daarbij daarover hierbij hiervoor eerst later vooral vrij erg heel \
    zeer weinig genoeg beide enkele sommige elke ieder iedereen wij jullie u men zich mee toe \
    af heen weer pas reeds ja nee misschien zeker graag even verder
    """.split(separator: " ").map(String.init)

  // MARK: - Nouns

  /// Nouns as `singular/plural`.
  static let nouns: [String] = """
    school/scholen klas/klassen les/lessen leraar/leraren docent/docenten leerling/leerlingen \
    student/studenten ouder/ouders team/teams sectie/secties vak/vakken rooster/roosters \
    toets/toetsen cijfer/cijfers rapport/rapporten opdracht/opdrachten project/projecten \
    werkgroep/werkgroepen vergadering/vergaderingen overleg/overleggen notulen/notulen \
    agenda/agenda's besluit/besluiten voorstel/voorstellen plan/plannen doel/doelen \
    resultaat/resultaten gesprek/gesprekken vraag/vragen antwoord/antwoorden idee/ideeën \
    taal/talen boek/boeken methode/methoden lokaal/lokalen gebouw/gebouwen gang/gangen \
    pauze/pauzes week/weken jaar/jaren maand/maanden dag/dagen uur/uren periode/periodes \
    middag/middagen ochtend/ochtenden avond/avonden moment/momenten tijd/tijden \
    directeur/directeuren directie/directies bestuur/besturen afdeling/afdelingen \
    coördinator/coördinatoren mentor/mentoren coach/coaches begeleider/begeleiders \
    stagiair/stagiairs opleiding/opleidingen cursus/cursussen training/trainingen \
    bijeenkomst/bijeenkomsten studiedag/studiedagen werkdruk/werkdrukken budget/budgetten \
    geld/gelden formatie/formaties taak/taken functie/functies verantwoordelijkheid/verantwoordelijkheden \
    afspraak/afspraken regel/regels probleem/problemen oplossing/oplossingen kans/kansen \
    risico/risico's stap/stappen fase/fasen proces/processen aanpak/aanpakken \
    werkwijze/werkwijzen manier/manieren model/modellen kader/kaders visie/visies \
    missie/missies waarde/waarden norm/normen cultuur/culturen sfeer/sferen ruimte/ruimten \
    vertrouwen/vertrouwens steun/steunen hulp/hulpen zorg/zorgen aandacht/aandachten \
    motivatie/motivaties betrokkenheid/betrokkenheden inzet/inzetten ervaring/ervaringen \
    kennis/kennissen vaardigheid/vaardigheden competentie/competenties houding/houdingen \
    gedrag/gedragingen niveau/niveaus kwaliteit/kwaliteiten verbetering/verbeteringen \
    ontwikkeling/ontwikkelingen groei/groeien toekomst/toekomsten verleden/verledens \
    rekenen/rekenen lezen/lezen schrijven/schrijven wiskunde/wiskunde biologie/biologie \
    geschiedenis/geschiedenissen aardrijkskunde/aardrijkskunde economie/economieën \
    scheikunde/scheikunde natuurkunde/natuurkunde muziek/muzieken sport/sporten \
    bord/borden scherm/schermen laptop/laptops tablet/tablets computer/computers \
    platform/platforms website/websites bericht/berichten mail/mails brief/brieven \
    formulier/formulieren document/documenten verslag/verslagen tekst/teksten \
    schema/schema's tabel/tabellen figuur/figuren grafiek/grafieken overzicht/overzichten \
    inspectie/inspecties gemeente/gemeenten regio/regio's wijk/wijken stad/steden dorp/dorpen \
    gezin/gezinnen kind/kinderen jongen/jongens meisje/meisjes vriend/vrienden \
    collega/collega's partner/partners bedrijf/bedrijven instelling/instellingen \
    stichting/stichtingen vereniging/verenigingen raad/raden commissie/commissies \
    beleidsplan/beleidsplannen jaarplan/jaarplannen begroting/begrotingen \
    rondvraag/rondvragen actiepunt/actiepunten terugblik/terugblikken vooruitblik/vooruitblikken \
    lesbezoek/lesbezoeken observatie/observaties gesprekscyclus/gesprekscycli \
    portfolio/portfolio's dossier/dossiers examen/examens diploma/diploma's \
    uitslag/uitslagen score/scores norm/normen eis/eisen wens/wensen behoefte/behoeften \
    keuze/keuzes route/routes traject/trajecten programma/programma's module/modules \
    thema/thema's onderwerp/onderwerpen punt/punten kwestie/kwesties zaak/zaken \
    huis/huizen tuin/tuinen kantoor/kantoren keuken/keukens kamer/kamers deur/deuren \
    raam/ramen tafel/tafels stoel/stoelen kast/kasten map/mappen pen/pennen papier/papieren \
    fiets/fietsen auto/auto's trein/treinen bus/bussen weg/wegen reis/reizen \
    vakantie/vakanties feest/feesten markt/markten winkel/winkels prijs/prijzen \
    water/wateren licht/lichten lucht/luchten weer/weren zon/zonnen regen/regens \
    hand/handen hoofd/hoofden hart/harten oog/ogen stem/stemmen woord/woorden zin/zinnen \
    verhaal/verhalen voorbeeld/voorbeelden begin/begins einde/eindes midden/middens \
    kant/kanten zijde/zijden deel/delen geheel/gehelen stuk/stukken rij/rijen groep/groepen \
    kring/kringen netwerk/netwerken verbinding/verbindingen relatie/relaties contact/contacten \
    conflict/conflicten spanning/spanningen druk/drukken rust/rusten energie/energieën \
    kracht/krachten macht/machten stijl/stijlen vorm/vormen inhoud/inhouden structuur/structuren \
    systeem/systemen bron/bronnen materiaal/materialen middel/middelen instrument/instrumenten \
    criterium/criteria indicator/indicatoren meting/metingen vergelijking/vergelijkingen \
    verschil/verschillen overeenkomst/overeenkomsten oorzaak/oorzaken gevolg/gevolgen \
    effect/effecten invloed/invloeden belang/belangen functie/functies positie/posities
    """.split(separator: " ").map(String.init)

  // MARK: - Verbs

  /// Verbs as `infinitive/stem/past participle/past plural`.
  static let verbs: [String] = """
    maken/maak/gemaakt/maakten werken/werk/gewerkt/werkten praten/praat/gepraat/praatten \
    vragen/vraag/gevraagd/vroegen zeggen/zeg/gezegd/zeiden geven/geef/gegeven/gaven \
    nemen/neem/genomen/namen komen/kom/gekomen/kwamen gaan/ga/gegaan/gingen staan/sta/gestaan/stonden \
    zien/zie/gezien/zagen kijken/kijk/gekeken/keken zoeken/zoek/gezocht/zochten vinden/vind/gevonden/vonden \
    denken/denk/gedacht/dachten weten/weet/geweten/wisten kennen/ken/gekend/kenden \
    willen/wil/gewild/wilden kunnen/kan/gekund/konden mogen/mag/gemogen/mochten \
    houden/houd/gehouden/hielden brengen/breng/gebracht/brachten zetten/zet/gezet/zetten \
    leggen/leg/gelegd/legden stellen/stel/gesteld/stelden voeren/voer/gevoerd/voerden \
    delen/deel/gedeeld/deelden bespreken/bespreek/besproken/bespraken spreken/spreek/gesproken/spraken \
    schrijven/schrijf/geschreven/schreven lezen/lees/gelezen/lazen rekenen/reken/gerekend/rekenden \
    plannen/plan/gepland/planden regelen/regel/geregeld/regelden kiezen/kies/gekozen/kozen \
    beslissen/beslis/beslist/beslisten besluiten/besluit/besloten/besloten \
    steunen/steun/gesteund/steunden helpen/help/geholpen/hielpen zorgen/zorg/gezorgd/zorgden \
    volgen/volg/gevolgd/volgden leiden/leid/geleid/leidden sturen/stuur/gestuurd/stuurden \
    bouwen/bouw/gebouwd/bouwden vormen/vorm/gevormd/vormden groeien/groei/gegroeid/groeiden \
    meten/meet/gemeten/maten tellen/tel/geteld/telden toetsen/toets/getoetst/toetsten \
    oefenen/oefen/geoefend/oefenden proberen/probeer/geprobeerd/probeerden \
    verbeteren/verbeter/verbeterd/verbeterden veranderen/verander/veranderd/veranderden \
    ontwikkelen/ontwikkel/ontwikkeld/ontwikkelden begeleiden/begeleid/begeleid/begeleidden \
    coachen/coach/gecoacht/coachten observeren/observeer/geobserveerd/observeerden \
    evalueren/evalueer/geëvalueerd/evalueerden organiseren/organiseer/georganiseerd/organiseerden \
    presenteren/presenteer/gepresenteerd/presenteerden formuleren/formuleer/geformuleerd/formuleerden \
    noteren/noteer/genoteerd/noteerden bepalen/bepaal/bepaald/bepaalden betalen/betaal/betaald/betaalden \
    verdelen/verdeel/verdeeld/verdeelden beginnen/begin/begonnen/begonnen stoppen/stop/gestopt/stopten \
    lopen/loop/gelopen/liepen rijden/rijd/gereden/reden zitten/zit/gezeten/zaten \
    wachten/wacht/gewacht/wachtten hopen/hoop/gehoopt/hoopten merken/merk/gemerkt/merkten \
    voelen/voel/gevoeld/voelden horen/hoor/gehoord/hoorden luisteren/luister/geluisterd/luisterden \
    antwoorden/antwoord/geantwoord/antwoordden melden/meld/gemeld/meldden vertellen/vertel/verteld/vertelden \
    uitleggen/leg uit/uitgelegd/legden uit afspreken/spreek af/afgesproken/spraken af \
    opzetten/zet op/opgezet/zetten op aanpassen/pas aan/aangepast/pasten aan \
    vaststellen/stel vast/vastgesteld/stelden vast doorgeven/geef door/doorgegeven/gaven door \
    samenwerken/werk samen/samengewerkt/werkten samen meedenken/denk mee/meegedacht/dachten mee \
    bijdragen/draag bij/bijgedragen/droegen bij voorbereiden/bereid voor/voorbereid/bereidden voor
    """.split(separator: " ").reduce(into: [String]()) { list, piece in
      // Separable stems ("leg uit") were split at the space: glue the pieces of one entry back.
      if piece.contains("/") || list.isEmpty { list.append(String(piece)) } else { list[list.count - 1] += " " + piece }
    }

  /// Inseparable prefixes (no ge- in the participle) and separable particles (ge- after them).
  static let inseparablePrefixes = ["be", "ver", "ont", "her", "over", "onder"]
  static let separableParticles = ["mee", "samen", "door", "uit", "aan", "op", "in", "af", "voor", "na", "terug", "bij"]

  // MARK: - Adjectives

  /// Adjectives as `base/inflected`.
  static let adjectives: [String] = """
    nieuw/nieuwe groot/grote klein/kleine goed/goede slecht/slechte lang/lange kort/korte \
    hoog/hoge laag/lage snel/snelle langzaam/langzame sterk/sterke zwak/zwakke open/open \
    duidelijk/duidelijke helder/heldere moeilijk/moeilijke makkelijk/makkelijke belangrijk/belangrijke \
    eigen/eigen gezamenlijk/gezamenlijke persoonlijk/persoonlijke professioneel/professionele \
    positief/positieve negatief/negatieve actief/actieve kritisch/kritische creatief/creatieve \
    praktisch/praktische theoretisch/theoretische concreet/concrete abstract/abstracte \
    formeel/formele informeel/informele structureel/structurele tijdelijk/tijdelijke vast/vaste \
    vrij/vrije druk/drukke rustig/rustige prettig/prettige lastig/lastige zinvol/zinvolle \
    haalbaar/haalbare realistisch/realistische ambitieus/ambitieuze voorzichtig/voorzichtige \
    eerlijk/eerlijke veilig/veilige warm/warme koud/koude oud/oude jong/jonge vroeg/vroege \
    laat/late vol/volle leeg/lege breed/brede smal/smalle diep/diepe licht/lichte zwaar/zware \
    bekend/bekende gewoon/gewone bijzonder/bijzondere algemeen/algemene specifiek/specifieke \
    volledig/volledige regelmatig/regelmatige wekelijks/wekelijkse jaarlijks/jaarlijkse
    """.split(separator: " ").map(String.init)
}
