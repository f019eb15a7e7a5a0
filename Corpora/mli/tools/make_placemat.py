#!/usr/bin/env python3
"""Writes the placemat notes of the teacher-educator day twice, from one source, so they agree:

- placemat/placemat-studiedag-2019-05.txt  the notes as text (a section per subgroup, a heading per cell)
- placemat/placemat-tabel.csv              the same statements as a table: group,dimension,context,statement

The statements are fictional and written for Thema. The centre of each placemat (what the subgroup agreed on)
is only in the text version; the table holds the twelve cells (3 dimensions x 4 contexts) and nothing else.
Run: python3 Corpora/mli/tools/make_placemat.py
"""

import csv
from pathlib import Path

DIMENSIONS = ["werk", "anderen", "zichzelf"]
DIMENSION_TITLES = {"werk": "Omgaan met het werk", "anderen": "Omgaan met anderen", "zichzelf": "Omgaan met zichzelf"}
CONTEXTS = ["klas", "team", "binnen de organisatie", "buiten de organisatie"]

GROUPS = [
    ("Groep A", "opleidingsdocenten van Windesheim en Saxion", {
        ("werk", "klas"): [
            "Stemt de les af op wat leerlingen nodig hebben en onderbouwt die keuze met onderzoek.",
            "Probeert nieuwe werkvormen uit en evalueert ze systematisch.",
        ],
        ("werk", "team"): [
            "Brengt samen met collega's een praktijkvraag van het team in kaart.",
            "Ontwerpt met collega's een aanpak en test die in meerdere klassen.",
        ],
        ("werk", "binnen de organisatie"): [
            "Verbindt de vernieuwing in het team met het beleid van de school.",
        ],
        ("werk", "buiten de organisatie"): [
            "Zoekt kennis op bij hogescholen en lectoraten.",
        ],
        ("anderen", "klas"): [
            "Betrekt leerlingen bij het verbeteren van de les, bijvoorbeeld met feedbackgesprekken.",
        ],
        ("anderen", "team"): [
            'Zegt in het team hardop: "dit weten we eigenlijk nog niet".',
            "Maakt collega's nieuwsgierig zonder voor te schrijven hoe het moet.",
        ],
        ("anderen", "binnen de organisatie"): [
            "Is gesprekspartner van de directie over onderwijskwaliteit.",
        ],
        ("anderen", "buiten de organisatie"): [],
        ("zichzelf", "klas"): [
            "Blijft kritisch op het eigen handelen en vraagt leerlingen om feedback.",
        ],
        ("zichzelf", "team"): [
            "Kent de eigen rol in het team en kan die benoemen.",
        ],
        ("zichzelf", "binnen de organisatie"): [
            "Weet wanneer het tijd is om een stap terug te doen.",
        ],
        ("zichzelf", "buiten de organisatie"): [
            "Houdt de eigen kennis bij via literatuur, congressen en netwerken.",
        ],
    }, "Een afgestudeerde zet het team aan het onderzoeken en blijft zelf een sterke leraar."),
    ("Groep B", "opleidingsdocenten van Rotterdam, InHolland en Driestar", {
        ("werk", "klas"): [
            "Gebruikt gegevens over leerlingen om keuzes in de les te maken.",
            "Is een vakbekwame leraar die het primair proces beheerst.",
        ],
        ("werk", "team"): [
            "Start een leerteam rond een gedeelde vraag.",
            "Zorgt dat een vernieuwing niet stopt als het project afloopt.",
        ],
        ("werk", "binnen de organisatie"): [
            "Schrijft mee aan het onderwijsbeleid van de school.",
            "Helpt een onderzoekscultuur op te bouwen.",
        ],
        ("werk", "buiten de organisatie"): [
            "Werkt samen met de lerarenopleiding bij het begeleiden van stagiairs.",
        ],
        ("anderen", "klas"): [
            "Gaat met ouders in gesprek over het leren van hun kind.",
        ],
        ("anderen", "team"): [
            "Begeleidt startende collega's.",
            "Organiseert collegiale consultatie.",
        ],
        ("anderen", "binnen de organisatie"): [
            "Verbindt teams die los van elkaar aan hetzelfde werken.",
        ],
        ("anderen", "buiten de organisatie"): [
            "Deelt resultaten van praktijkonderzoek op een regionale kennisdag.",
        ],
        ("zichzelf", "klas"): [
            "Reflecteert op de eigen lessen met video-opnames.",
        ],
        ("zichzelf", "team"): [
            "Durft twijfel uit te spreken.",
        ],
        ("zichzelf", "binnen de organisatie"): [
            "Is zich bewust van de eigen informele invloed en gaat daar zorgvuldig mee om.",
        ],
        ("zichzelf", "buiten de organisatie"): [],
    }, "Informeel leiderschap in het team, met de klas als basis."),
    ("Groep C", "opleidingsdocenten van Fontys en Radiant", {
        ("werk", "klas"): [
            "Past inzichten uit kennis- en leertheorieën toe in de eigen lespraktijk.",
        ],
        ("werk", "team"): [
            "Vertaalt met collega's nieuwe wetenschappelijke kennis naar oplossingen.",
            "Maakt de opbrengst van een innovatie zichtbaar.",
        ],
        ("werk", "binnen de organisatie"): [
            "Stimuleert een lerende cultuur in de hele organisatie.",
        ],
        ("werk", "buiten de organisatie"): [
            "Volgt trends in onderwijs en HRD en beoordeelt ze kritisch.",
            "Haalt vragen uit het bedrijfsleven de school binnen.",
        ],
        ("anderen", "klas"): [
            "Laat leerlingen meedenken over het onderzoek in de klas.",
        ],
        ("anderen", "team"): [
            "Geeft collega's ruimte om te experimenteren.",
            "Is een vraagbaak zonder de expert uit te hangen.",
        ],
        ("anderen", "binnen de organisatie"): [
            "Overlegt met de schoolleiding als gelijkwaardige partner, zonder zelf leidinggevende te worden.",
        ],
        ("anderen", "buiten de organisatie"): [
            "Bouwt een netwerk op met andere scholen in de regio.",
        ],
        ("zichzelf", "klas"): [],
        ("zichzelf", "team"): [
            "Staat open voor andere perspectieven.",
        ],
        ("zichzelf", "binnen de organisatie"): [
            "Blijft nieuwsgierig, ook als een vernieuwing tegenzit.",
        ],
        ("zichzelf", "buiten de organisatie"): [
            "Presenteert zich als masteropgeleide professional.",
        ],
    }, "Een lerende organisatie begint bij leraren die samen leren."),
    ("Groep D", "opleidingsdocenten van Aeres en Stenden, met twee lectoren", {
        ("werk", "klas"): [
            "Ontwerpt lessen waarin theorie en praktijk met elkaar verbonden worden.",
        ],
        ("werk", "team"): [
            "Identificeert samen met betrokkenen urgente praktijkvraagstukken.",
        ],
        ("werk", "binnen de organisatie"): [
            "Reflecteert op processen in de organisatie met als doel ze te innoveren.",
            "Schrijft een onderzoeksvoorstel dat past bij de koers van de school.",
        ],
        ("werk", "buiten de organisatie"): [
            "Werkt mee aan onderzoek van een lectoraat of practoraat.",
        ],
        ("anderen", "klas"): [
            "Stemt met de onderwijsassistent af hoe de les gedifferentieerd wordt.",
        ],
        ("anderen", "team"): [
            "Leidt een professionele leergemeenschap.",
            "Zorgt dat iedereen in het team een stem heeft.",
        ],
        ("anderen", "binnen de organisatie"): [
            "Maakt vernieuwing bespreekbaar in andere afdelingen.",
        ],
        ("anderen", "buiten de organisatie"): [
            "Werkt samen met bedrijven en instellingen in de regio, bijvoorbeeld in de groene sector.",
        ],
        ("zichzelf", "klas"): [
            "Weet wat de eigen kracht als leraar is.",
        ],
        ("zichzelf", "team"): [],
        ("zichzelf", "binnen de organisatie"): [
            "Kan omgaan met weerstand zonder die persoonlijk op te vatten.",
        ],
        ("zichzelf", "buiten de organisatie"): [
            "Blijft zich ontwikkelen, ook na het afstuderen.",
        ],
    }, "Onderzoeken en innoveren horen bij elkaar; de afgestudeerde verbindt ze in de eigen organisatie."),
]

INTRO = """PLACEMAT-SESSIE STUDIEDAG OPLEIDINGSDOCENTEN MLI
Datum: 16 mei 2019
Vraag: Wat willen we afgestudeerden in de praktijk zien doen?

Werkwijze
Vier subgroepen werkten elk aan een eigen placemat. De rijen van de placemat zijn de dimensies van
professionaliteit (omgaan met het werk, met anderen en met zichzelf), de kolommen de contexten (de klas,
het team, binnen de organisatie, buiten de organisatie). Ieder schreef eerst in een eigen vak; daarna
zette de subgroep in het midden wat iedereen onderschreef. Hieronder staan de uitspraken per subgroep en
per vak, zoals ze op de placemat stonden. Lege vakken zijn als leeg genoteerd.
"""


def main() -> None:
    root = Path(__file__).resolve().parent.parent / "placemat"
    root.mkdir(exist_ok=True)
    lines = [INTRO]
    rows = []
    for group, who, cells, centre in GROUPS:
        lines.append(f"\n{group.upper()}\n")
        lines.append(f"Samenstelling: {who}.\n")
        for dimension in DIMENSIONS:
            for context in CONTEXTS:
                lines.append(f"\n{DIMENSION_TITLES[dimension]} – {context}\n")
                statements = cells[(dimension, context)]
                if not statements:
                    lines.append("(leeg)\n")
                for statement in statements:
                    lines.append(f"- {statement}\n")
                    rows.append([group, dimension, context, statement])
        lines.append(f"\nMidden van de placemat\n{centre}\n")
    (root / "placemat-studiedag-2019-05.txt").write_text("".join(lines), encoding="utf-8")
    with open(root / "placemat-tabel.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["group", "dimension", "context", "statement"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} statements in {len(GROUPS)} groups to {root}")


if __name__ == "__main__":
    main()
