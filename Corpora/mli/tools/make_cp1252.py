#!/usr/bin/env python3
"""Writes notulen/overleg-fontys-2019-03-cp1252.txt: minutes encoded in Windows-1252 with CRLF line ends.

The text is fictional and written for Thema. It deliberately contains characters whose Windows-1252 bytes
are not valid UTF-8 (ë, ï, é, €, curly quotes ‘ ’ “ ”, an en dash), so a reader must fall back to
Windows-1252 and record that encoding. Run from anywhere:

    python3 Corpora/mli/tools/make_cp1252.py
"""

from pathlib import Path

TEXT = """VERSLAG PROGRAMMAOVERLEG MASTER LEREN & INNOVEREN – FONTYS

Datum: dinsdag 26 maart 2019
Plaats: Tilburg, vergaderruimte 2.05
Aanwezig: Dirk (voorzitter), Els, Joost, Mirjam, Noor (verslag), Thijs
Gast: Yvonne, coördinator praktijkonderzoek

1. Opening

Dirk opent het overleg en legt uit waarom we vandaag een placemat-sessie houden. Alle MLI-opleidingen voeren dit voorjaar dezelfde dialoog, zodat de ideeën van de teams vergelijkbaar worden. De vraag is: “Wat willen we afgestudeerden in de praktijk zien doen?” Noor maakt het verslag; de uitspraken op de placemat worden als bijlage toegevoegd.

2. Uitkomsten van de placemat

2.1 Algemeen beeld
Het team ziet een afgestudeerde die de eigen school helpt leren. Els zegt het zo: ‘Onze alumni zijn geen eenlingen die alles zelf doen, maar mensen die anderen aan het denken zetten.’ Joost is het daar niet helemaal mee eens. Hij ziet in het mbo ook alumni die vooral hun eigen vak naar een hoger niveau brengen. Afgesproken wordt dat het profiel beide beelden recht moet doen.

2.2 Teacher leadership
Het begrip teacher leadership herkent iedereen. Mirjam vraagt of we daarmee een individu bedoelen of een groep leraren die samen verantwoordelijkheid neemt. Het team kiest voor een brede opvatting: leiderschap kan bij één persoon liggen, maar groeit sterker als het gedeeld wordt. Yvonne wijst op de verschuiving van leiderschap dat aan een rol gekoppeld is naar leiderschap dat uit de gemeenschap voortkomt.

2.3 Onderzoeken en ontwerpen
– Onderzoeken is voor het team vooral een houding: nieuwsgierig zijn, doorvragen, niet te snel oordelen.
– Daarnaast moet een afgestudeerde een praktijkonderzoek goed kunnen opzetten en uitvoeren.
– Ontwerpen krijgt in ons huidige programma weinig aandacht. Thijs stelt voor om ontwerpgericht onderzoek een vaste plek te geven.
– Yvonne merkt op dat studenten vaak naïef beginnen aan dataverzameling; een goede vraag is het halve werk.

2.4 Innoveren
Innoveren betekent voor het team: een vernieuwing samen met collega’s vormgeven en volhouden. Thijs noemt een voorbeeld van een alumna die in haar school een nieuwe vorm van feedback heeft ingevoerd. Niet zij, maar het team heeft de aanpak uiteindelijk geïnnoveerd. ‘Dat is precies wat we willen zien’, zegt Dirk.

2.5 Reflecteren
Reflecteren gebeurt op drie niveaus: op de eigen les, op de samenwerking in het team en op het beleid van de organisatie. Het team vindt dat de opleiding nu te veel nadruk legt op het eerste niveau.

2.6 Expertise in het primair proces
Iedereen onderschrijft dat een afgestudeerde een sterke leraar blijft. Els: “Wie niet meer voor de klas staat, verliest het gezag om iets over onderwijs te zeggen.”

3. Thema’s en niveaus

Bij het ordenen vallen de uitspraken vooral onder de thema’s leren en innoveren. Over positionering is het team verdeeld: een deel wil dat alumni een formele rol krijgen, een ander deel ziet meer in informeel leiderschap. Het thema onderzoeken wordt door iedereen genoemd. Wat de niveaus betreft, ligt het zwaartepunt op het team (meso). Het microniveau van de eigen klas blijft belangrijk. Het macroniveau – schoolbeleid en netwerken met andere scholen en het bedrijfsleven – wordt vooral door de mbo-collega’s genoemd.

4. Studiedag en financiën

Voor de landelijke studiedag van opleidingsdocenten op 16 mei is een budget van € 1.250 beschikbaar. Daarvan gaat € 400 naar zaalhuur en € 850 naar catering en materiaal. Mirjam vraagt of er ook geld is voor een externe spreker; dat is niet het geval. Dirk overlegt met de landelijke werkgroep of de financiële bijdrage van Fontys omhoog kan.

5. Actiepunten

• Noor stuurt het verslag vóór 2 april rond ter controle.
• Thijs schrijft een korte notitie over ontwerpgericht onderzoek in het curriculum.
• Els en Joost leveren items aan voor de vragenlijst (thema’s leren en positionering).
• Dirk vraagt na of alumni uit het mbo apart kunnen worden bevraagd.

6. Rondvraag en sluiting

Yvonne bedankt het team en is geïnteresseerd in de uitkomsten van de andere opleidingen. Dirk sluit het overleg om 16.10 uur.
"""


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "notulen" / "overleg-fontys-2019-03-cp1252.txt"
    data = TEXT.replace("\n", "\r\n").encode("cp1252")
    target.write_bytes(data)
    print(f"wrote {target} ({len(data)} bytes, Windows-1252, CRLF)")


if __name__ == "__main__":
    main()
