#!/usr/bin/env python3
"""Generate the sample MLI ranking-survey export (441 respondents) used by Thema's tests.

Stdlib only, deterministic (own xorshift PRNG, fixed seed). The data are invented; they are built so that
 - the cross-tabs programme x role and sector x role reproduce every cell of Tables 1 and 2 of
   /work/shared/PUBLISHED_FIGURES.md (Table 2's printed totals for HRD/Bedrijfsleven, 12 and 17, are not
   their cell sums; the cells are reproduced, so the data give 13 and 16);
 - the Sigma (points, rank r -> 10 - r + 1) and N of every item in Table 4 are reproduced exactly;
 - the study's procedure (cut-off = first rank where the orderings of the whole group, alumni, students and
   staff diverge; items above the cut-off in every programme are common) yields exactly Table 4's items;
 - Table 3's option counts (positioning, level, task) are reproduced as multi-select attributes.
The script parses its own output back and verifies all of the above before writing anything.

Usage: python3 make_survey.py [OUTPUT_DIR]   (default: the folder above this script)
"""
import csv
import math
import io
import os
import sys

# MARK: - Published figures

PROGRAMMES = ["Windesheim", "Rotterdam", "Fontys", "Aeres", "Stenden", "Driestar", "InHolland", "Saxion",
              "Radiant"]
ROLES = ["docent", "leidinggevende", "lector", "alumnus", "student", "ontwikkelaar"]
TABLE1 = {
    "Windesheim": [8, 1, 0, 53, 22, 0], "Rotterdam": [5, 0, 0, 34, 10, 0], "Fontys": [5, 1, 0, 42, 6, 1],
    "Aeres": [4, 3, 1, 27, 13, 0], "Stenden": [4, 3, 0, 19, 5, 0], "Driestar": [4, 1, 0, 15, 10, 0],
    "InHolland": [7, 1, 2, 1, 21, 0], "Saxion": [3, 2, 1, 0, 10, 0], "Radiant": [7, 0, 1, 62, 25, 1],
}
TABLE1_TOTALS = {"row": {"Windesheim": 84, "Rotterdam": 49, "Fontys": 55, "Aeres": 48, "Stenden": 31,
                         "Driestar": 30, "InHolland": 32, "Saxion": 16, "Radiant": 96},
                 "col": [47, 12, 5, 253, 122, 2], "all": 441}
SECTORS = ["PO", "VO", "MBO", "HBO", "WO", "HRD", "Bedrijfsleven"]
TABLE2 = {
    "PO": [1, 0, 0, 82, 54, 0], "VO": [2, 1, 1, 48, 23, 0], "MBO": [4, 3, 0, 64, 29, 1],
    "HBO": [44, 9, 4, 71, 17, 1], "WO": [3, 0, 0, 1, 1, 0], "HRD": [2, 0, 0, 8, 3, 0],
    "Bedrijfsleven": [1, 0, 0, 12, 3, 0],
}
TABLE3 = {
    "positionering": [("formele voortrekker van innovatie in het team", 346),
                      ("informeel leider die vooral zelf uitvoert", 186),
                      ("informeel leider die niet per se zelf uitvoert", 176),
                      ("naast de schoolleider gepositioneerd", 122)],
    "niveau": [("meso", 272), ("beleid", 170), ("micro", 117)],
    "taak": [("innovator", 359), ("voortrekker van professionalisering", 311), ("onderzoeker", 197),
             ("docent/HRD", 175)],
}
# Table 4: per theme its size, and the common items with (Sigma, N) in the published order.
THEMES = [
    ("Leren", 25, [
        ("Stimuleren van een lerende cultuur in de hele organisatie", 2100, 316),
        ("Praktijkvraagstukken identificeren en verhelderen met betrokkenen", 1773, 289),
        ("Identificeren en verhelderen van breed gedragen en urgente praktijkvraagstukken in de eigen "
         "organisatie", 1643, 245),
        ("Kritisch beschouwen van trends in onderwijs/HRD", 1261, 239),
        ("Een breed gedragen visie, missie en beleid gericht op leren (mede) opstellen", 1221, 217)]),
    ("Innoveren", 26, [
        ("Vernieuwing vormgeven als proces van gezamenlijk leren", 1449, 228),
        ("Innovaties initiëren", 1311, 227)]),
    ("Onderzoeken", 22, [
        ("Innoveren van de eigen praktijk met behulp van wetenschappelijke en ervaringskennis", 1495, 226),
        ("Met collega's vertalen van nieuwe (wetenschappelijke) kennis naar oplossingen", 1114, 204),
        ("Reflecteren op processen in de organisatie met als doel om deze te innoveren", 1104, 185)]),
    ("Kennisbasis", 22, [
        ("Verander- en begeleidingskunde", 1819, 283),
        ("Kennis- en leertheorieën", 1426, 260)]),
    ("Persoonskenmerken", 24, [
        ("Openstaan voor andere perspectieven", 1716, 265),
        ("Onderzoekend zijn", 1680, 255),
        ("Nieuwsgierig zijn", 1540, 206),
        ("Praktijk en theorie verbindend zijn", 1464, 255)]),
]
MAX_SELECTION = 10

# MARK: - Invented items (our own wording)

OTHER_ITEMS = {
    "Leren": [
        "Professionele ontwikkeling van collega's begeleiden", "Leerprocessen van teams ontwerpen en begeleiden",
        "Feedback geven en ontvangen als vast onderdeel van het werk", "Collegiale consultatie en intervisie organiseren",
        "Leeractiviteiten afstemmen op de behoeften van lerenden", "Formeel en informeel leren op de werkplek verbinden",
        "Een professionele leergemeenschap opzetten en onderhouden", "Eigen leerproces sturen en verantwoorden",
        "Lerenden eigenaarschap geven over hun leerproces", "Kennis delen binnen en buiten het team",
        "Opbrengsten van leren zichtbaar maken en evalueren", "Digitale middelen inzetten om leren te ondersteunen",
        "Verschillen tussen lerenden benutten in het onderwijs", "Een krachtige leeromgeving ontwerpen",
        "Gesprekken over onderwijskwaliteit voeren met collega's", "Het eigen handelen onderbouwen met leertheorieën",
        "Nieuwe collega's inwerken en coachen", "Samenwerken met ouders en externe partners rond leren",
        "Toetsing en beoordeling inzetten ten dienste van het leren", "Leren van fouten bespreekbaar maken in het team"],
    "Innoveren": [
        "Draagvlak creëren voor vernieuwingen", "Een innovatieplan opstellen en uitvoeren",
        "Weerstand tegen verandering herkennen en hanteren", "Vernieuwingen evalueren en bijstellen",
        "Vernieuwingen borgen in de organisatie", "Collega's betrekken bij het ontwerpen van onderwijs",
        "Onderwijsvernieuwing verbinden met de visie van de school", "Netwerken benutten buiten de eigen organisatie",
        "Projectmatig werken aan vernieuwing", "Leiderschap tonen zonder formele positie",
        "Ruimte creëren om te experimenteren", "Ontwerpgericht werken aan onderwijsvraagstukken",
        "Vernieuwingen afstemmen met het management", "Trends vertalen naar de eigen onderwijspraktijk",
        "Succesvolle vernieuwingen opschalen naar andere teams", "Ondernemend zijn bij het benutten van kansen",
        "Een veranderstrategie kiezen die past bij de context", "Communiceren over de voortgang van vernieuwingen",
        "Rekening houden met de werkdruk van collega's bij vernieuwing", "Studenten of leerlingen betrekken bij vernieuwing",
        "Technologische vernieuwingen op waarde schatten", "Middelen en tijd organiseren voor innovatie",
        "Een lerend netwerk rond een vernieuwing opbouwen", "Kleine verbeteringen in de dagelijkse praktijk doorvoeren"],
    "Onderzoeken": [
        "Een onderzoeksvraag formuleren vanuit de praktijk", "Praktijkgericht onderzoek opzetten en uitvoeren",
        "Data verzamelen en analyseren", "Literatuur zoeken en kritisch beoordelen",
        "Onderzoeksresultaten presenteren aan collega's", "Collega's betrekken bij onderzoek in de school",
        "Een onderzoekende houding stimuleren in het team", "Ethische aspecten van onderzoek bewaken",
        "Onderzoek gebruiken bij het nemen van beslissingen", "Samenwerken met een lectoraat of universiteit",
        "Betrouwbaarheid en validiteit van onderzoek bewaken", "Ontwerponderzoek uitvoeren",
        "Opbrengsten van onderwijs monitoren met data", "Resultaten van onderzoek vertalen naar beleid",
        "Een onderzoeksplan schrijven", "Actieonderzoek uitvoeren met het team",
        "Leerlingen of studenten laten meedenken in onderzoek", "Conclusies trekken en aanbevelingen formuleren",
        "Eigen onderzoek publiceren of delen in netwerken"],
    "Kennisbasis": [
        "Onderwijskunde", "Onderzoeksmethodologie", "Organisatiekunde", "Leiderschapstheorieën", "Curriculumontwerp",
        "Didactiek van het eigen vak", "Pedagogiek", "Onderwijsbeleid en wet- en regelgeving", "Toetsing en evaluatie",
        "Ontwikkelingspsychologie", "Professionaliseringstheorieën", "Teamleren en groepsdynamica",
        "Innovatietheorieën", "Gesprekstechnieken en coaching", "Onderwijs en technologie",
        "Passend onderwijs en diversiteit", "Kwaliteitszorg", "Kennismanagement", "Communicatie en samenwerking",
        "Filosofie van opvoeding en onderwijs"],
    "Persoonskenmerken": [
        "Reflectief zijn", "Initiatief nemen", "Doorzettingsvermogen hebben", "Verbindend zijn", "Kritisch zijn",
        "Flexibel zijn", "Enthousiasmerend zijn", "Communicatief vaardig zijn", "Zelfbewust zijn", "Geduldig zijn",
        "Creatief zijn", "Ambitieus zijn", "Empathisch zijn", "Resultaatgericht zijn", "Integer zijn",
        "Bescheiden zijn", "Moedig zijn", "Zelfstandig zijn", "Humor hebben", "Betrouwbaar zijn"],
}
# Share of respondents who answered a theme: set so that the points left for the other items keep them
# plausibly below the last common item (a respondent who skipped a theme has no rank columns filled).
OTHER_FRACTION = {"Leren": 0.55, "Innoveren": 0.55, "Onderzoeken": 0.65, "Kennisbasis": 0.55,
                  "Persoonskenmerken": 0.55}
REMARKS = [
    "Lastig om te kiezen;\nveel items lijken op elkaar.",
    "Ik mis het thema \"samenwerken met de opleidingsschool\".",
    "Goede vragenlijst, maar wel lang.\nIk heb niet alles ingevuld.",
    "Bij Kennisbasis twijfelde ik tussen meerdere items, daarom minder gekozen.",
    "De rol van de leidinggevende komt weinig terug.",
]
ROLE_GROUPS = {"docent": "staff", "leidinggevende": "staff", "lector": "staff", "alumnus": "alumni",
               "student": "students", "ontwikkelaar": None}
GROUPS = ["all", "alumni", "students", "staff"]


# MARK: - Deterministic random numbers

class Rng:
    """xorshift64*; written out so the output does not depend on the Python version."""

    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF or 1

    def next(self):
        x = self.s
        x ^= (x >> 12)
        x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
        x ^= (x >> 27)
        self.s = x
        return ((x * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF) >> 11

    def random(self):
        return self.next() / float(1 << 53)

    def below(self, n):
        return self.next() % n

    def shuffle(self, xs):
        for i in range(len(xs) - 1, 0, -1):
            j = self.below(i + 1)
            xs[i], xs[j] = xs[j], xs[i]


def points(rank):
    return MAX_SELECTION - rank + 1


# MARK: - Respondents and their attributes

def make_respondents(rng):
    people = []
    for p in PROGRAMMES:
        for r, count in zip(ROLES, TABLE1[p]):
            for _ in range(count):
                people.append({"programme": p, "role": r})
    # interleave programmes so ids are not sorted by programme (as a real export would be)
    rng.shuffle(people)
    for i, person in enumerate(people):
        person["id"] = "R%04d" % (i + 1)
    # sectors: per role, lay the mentions out sector by sector and deal them out cyclically over the role's
    # respondents; a sector never has more mentions than the role has people, so nobody gets one twice and
    # everybody gets at least one
    for ri, role in enumerate(ROLES):
        members = [x for x in people if x["role"] == role]
        order = list(range(len(members)))
        rng.shuffle(order)
        mentions = [s for s in SECTORS for _ in range(TABLE2[s][ri])]
        for x in members:
            x["sector"] = []
        for t, s in enumerate(mentions):
            members[order[t % len(members)]]["sector"].append(s)
    # Table 3 options, the same way over all respondents
    for attr, options in TABLE3.items():
        order = list(range(len(people)))
        rng.shuffle(order)
        for x in people:
            x[attr] = []
        mentions = [o for o, n in options for _ in range(n)]
        for t, o in enumerate(mentions):
            people[order[t % len(people)]][attr].append(o)
    for i, x in enumerate(people):
        x["remark"] = REMARKS[(i // 37) % len(REMARKS)] if i % 37 == 5 else ""
    return people


# MARK: - Rankings per theme

class ThemeBuilder:
    """Builds every respondent's ranked list for one theme, then repairs it by local search until the
    published Sigma per common item is exact and the group/programme orderings have the required shape."""

    def __init__(self, rng, people, name, size, published):
        self.rng, self.people, self.name = rng, people, name
        self.pub = published
        self.c = len(published)
        self.items = [label for label, _, _ in published] + OTHER_ITEMS[name]
        assert len(self.items) == size, (name, len(self.items), size)
        self.n = size
        self.target_sum = [s for _, s, _ in published]
        self.target_n = [n for _, _, n in published]
        # the other item alumni put first and students far down: makes the groups diverge after the cut-off
        self.diverger = self.c + 1
        self.max_steps = 2_000_000

    def build(self):
        rng, c, n = self.rng, self.c, self.n
        people = self.people
        # how many answered, and how many items each chose
        sigma_c = self.target_sum[-1]
        mean_pts = 52.75  # expectation of the choice-length distribution below
        answered = int(round((sum(self.target_sum) + OTHER_FRACTION[self.name] * sigma_c * (n - c)) / mean_pts))
        answered = max(answered, max(self.target_n))
        order = sorted(range(len(people)), key=lambda i: (people[i]["programme"], people[i]["role"], i))
        # stratified choice: evenly spaced positions in the programme/role-sorted order
        step = len(people) / answered
        chosen = sorted({order[int(k * step + 0.37 * step)] for k in range(answered)})
        self.part = chosen
        length = {}
        for j in chosen:
            u = rng.random()
            length[j] = 10 if u < 0.6 else 9 if u < 0.7 else 8 if u < 0.8 else 7 if u < 0.9 else 6 if u < 0.95 else 5
        # common items: exactly N_i participants each, spread evenly over the stratified order
        strat = [j for j in order if j in length]
        holders = {j: [] for j in strat}
        for i in range(c):
            k_need = self.target_n[i]
            st = len(strat) / k_need
            off = (i * 0.29 + 0.11) % 1.0
            for k in range(k_need):
                holders[strat[int(k * st + off * st) % len(strat)]].append(i)
        lists = {}
        for j in strat:
            m = length[j]
            mine = holders[j]
            if len(mine) > m:
                m = length[j] = len(mine)
            group = ROLE_GROUPS[people[j]["role"]]
            others = list(range(c, n))
            weights = []
            for o in others:
                w = 1.0 / (1.0 + 0.12 * (o - c))
                if o == self.diverger:
                    w *= 2.2 if group == "alumni" else 0.15 if group == "students" else 1.0
                weights.append(w)
            picks = []
            while len(picks) < m - len(mine):
                total = sum(w for o, w in zip(others, weights) if o not in picks)
                u = rng.random() * total
                for o, w in zip(others, weights):
                    if o in picks:
                        continue
                    u -= w
                    if u <= 0:
                        picks.append(o)
                        break
                else:
                    picks.append(next(o for o in others if o not in picks))
            keyed = []
            for i in mine:
                mean_rank = MAX_SELECTION + 1 - self.target_sum[i] / self.target_n[i]
                keyed.append((mean_rank * m / 10.0 + (rng.random() - 0.5) * 5, i))
            for o in picks:
                keyed.append((1 + rng.random() * m, o))
            keyed.sort()
            lists[j] = [i for _, i in keyed]
        self.lists = lists
        self._tally()
        self._search()
        return lists

    # bookkeeping: sums per group and per programme
    def _tally(self):
        self.S = {g: [0] * self.n for g in GROUPS}
        self.P = {p: [0] * self.n for p in PROGRAMMES}
        for j, lst in self.lists.items():
            self._add(j, lst, +1)

    def _add(self, j, lst, sign):
        person = self.people[j]
        g = ROLE_GROUPS[person["role"]]
        p = person["programme"]
        for r, i in enumerate(lst):
            pts = sign * points(r + 1)
            self.S["all"][i] += pts
            if g:
                self.S[g][i] += pts
            self.P[p][i] += pts

    def _cost_group(self, g):
        s, c = self.S[g], self.c
        cost = 0
        for k in range(c - 1):
            cost += max(0, s[k + 1] - s[k] + 1)
        margin = 12 if g == "all" else 1
        cost += max(0, max(s[c:]) - s[c - 1] + margin)
        if g == "alumni":
            best_other = max(v for o, v in enumerate(s) if o >= c and o != self.diverger)
            cost += max(0, best_other - s[self.diverger] + 1)
        if g == "students":
            need = MAX_SELECTION - c
            above = sorted((v for o, v in enumerate(s) if o >= c and o != self.diverger), reverse=True)
            cost += max(0, s[self.diverger] - above[need - 1] + 1)
        return cost

    def _cost_prog(self, p):
        s, c = self.P[p], self.c
        return max(0, max(s[c:]) - min(s[:c]) + 1)

    def _cost_exact(self):
        return sum(abs(self.S["all"][i] - self.target_sum[i]) for i in range(self.c))

    def _cost_for(self, j):
        person = self.people[j]
        g = ROLE_GROUPS[person["role"]]
        cost = self._cost_exact() + self._cost_group("all") + self._cost_prog(person["programme"])
        if g:
            cost += self._cost_group(g)
        return cost

    def total_cost(self):
        return (self._cost_exact() + sum(self._cost_group(g) for g in GROUPS)
                + sum(self._cost_prog(p) for p in PROGRAMMES))

    def _search(self):
        rng, c = self.rng, self.c
        parts = list(self.lists)
        by_prog = {p: [j for j in parts if self.people[j]["programme"] == p] for p in PROGRAMMES}
        by_group = {g: [j for j in parts if ROLE_GROUPS[self.people[j]["role"]] == g] for g in GROUPS[1:]}
        total = self.total_cost()
        steps = 0
        while total > 0:
            steps += 1
            if steps > self.max_steps:
                raise SystemExit("%s: search did not converge (cost %d)" % (self.name, total))
            # aim at a violated constraint when there is one
            bad_p = [p for p in PROGRAMMES if self._cost_prog(p) > 0]
            bad_g = [g for g in GROUPS[1:] if self._cost_group(g) > 0]
            u = rng.random()
            if bad_p and u < 0.4:
                pool = by_prog[bad_p[rng.below(len(bad_p))]]
            elif bad_g and u < 0.8:
                pool = by_group[bad_g[rng.below(len(bad_g))]]
            else:
                pool = parts
            j = pool[rng.below(len(pool))]
            lst = self.lists[j]
            before = self._cost_for(j)
            new = list(lst)
            if rng.random() < 0.6 or len(new) < 2:
                a, b = rng.below(len(new)), rng.below(len(new))
                if a == b:
                    continue
                new[a], new[b] = new[b], new[a]
            else:
                slots = [k for k, i in enumerate(new) if i >= c]
                free = [o for o in range(c, self.n) if o not in new]
                if not slots or not free:
                    continue
                new[slots[rng.below(len(slots))]] = free[rng.below(len(free))]
            self._add(j, lst, -1)
            self._add(j, new, +1)
            after = self._cost_for(j)
            # a little annealing lets the search cross plateaus where two moves are needed (raise an item in
            # one group, lower it in another, total unchanged)
            if after <= before or rng.random() < math.exp((before - after) / 0.35):
                self.lists[j] = new
                total += after - before
            else:
                self._add(j, new, -1)
                self._add(j, lst, +1)
        assert self.total_cost() == 0


# MARK: - Writing

def item_header(theme, item):
    return "%s [%s]" % (theme, item)


def build_rows(people, rankings):
    head = ["Respondent", "Opleiding", "Rol", "Sector", "Positionering", "Niveau", "Taak"]
    a_head = head + ["%s rank %d" % (t, k) for t, _, _ in THEMES for k in range(1, MAX_SELECTION + 1)] + ["Opmerking"]
    b_items = [(t, it) for t, _, _ in THEMES for it in rankings[t]["items"]]
    b_head = head + [item_header(t, it) for t, it in b_items] + ["Opmerking"]
    a_rows, b_rows = [a_head], [b_head]
    for j, x in enumerate(people):
        base = [x["id"], x["programme"], x["role"], ", ".join(x["sector"]), ", ".join(x["positionering"]),
                ", ".join(x["niveau"]), ", ".join(x["taak"])]
        a = list(base)
        rank_of = {}
        for t, _, _ in THEMES:
            lst = rankings[t]["lists"].get(j, [])
            a += lst + [""] * (MAX_SELECTION - len(lst))
            for r, label in enumerate(lst):
                rank_of[(t, label)] = r + 1
        a.append(x["remark"])
        b = list(base) + [str(rank_of[key]) if key in rank_of else "" for key in b_items] + [x["remark"]]
        a_rows.append(a)
        b_rows.append(b)
    return a_rows, b_rows


def to_csv(rows, delimiter):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerows(rows)
    return buf.getvalue()


def mapping_yaml(layout, delimiter, rankings):
    q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    out = ["# Thema survey mapping for mli-enquete-%s.csv (written by tools/make_survey.py)" % layout,
           "layout: %s" % ("ranks" if layout == "a" else "items"),
           "delimiter: %s" % q(delimiter),
           "id: Respondent",
           "maxSelection: %d" % MAX_SELECTION,
           "attributes:",
           "  programme: Opleiding",
           "  role: Rol",
           "  sector: {column: Sector, separator: \",\"}",
           "  positioning: {column: Positionering, separator: \",\"}",
           "  level: {column: Niveau, separator: \",\"}",
           "  task: {column: Taak, separator: \",\"}",
           "ignore: [Opmerking]",
           "groupings:",
           "  role:",
           "    staff: [docent, leidinggevende, lector]",
           "cutoffGroups: role=alumnus,student,staff",
           "themes:"]
    for t, _, _ in THEMES:
        out.append("  - name: %s" % q(t))
        if layout == "a":
            out.append("    columns: [%s]" % ", ".join(q("%s rank %d" % (t, k)) for k in range(1, MAX_SELECTION + 1)))
            out.append("    items:")
            for it in rankings[t]["items"]:
                out.append("      - %s" % q(it))
        else:
            out.append("    items:")
            for it in rankings[t]["items"]:
                out.append("      - {item: %s, column: %s}" % (q(it), q(item_header(t, it))))
    return "\n".join(out) + "\n"


# MARK: - Verification (on the parsed output, not on the builder's state)

def parse(text, delimiter):
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows[0], rows[1:]


def survey_from_a(text, item_lists):
    head, rows = parse(text, ";")
    col = {h: k for k, h in enumerate(head)}
    out = []
    for row in rows:
        resp = {"id": row[col["Respondent"]], "programme": row[col["Opleiding"]], "role": row[col["Rol"]],
                "sector": [s.strip() for s in row[col["Sector"]].split(",") if s.strip()], "ranks": {}}
        for attr, h in (("positionering", "Positionering"), ("niveau", "Niveau"), ("taak", "Taak")):
            resp[attr] = [s.strip() for s in row[col[h]].split(",") if s.strip()]
        for t, _, _ in THEMES:
            seen = set()
            for k in range(1, MAX_SELECTION + 1):
                label = row[col["%s rank %d" % (t, k)]]
                if label:
                    assert label in item_lists[t], label
                    assert label not in seen
                    seen.add(label)
                    resp["ranks"][(t, label)] = k
        out.append(resp)
    return out


def survey_from_b(text, item_lists):
    head, rows = parse(text, ",")
    col = {h: k for k, h in enumerate(head)}
    out = []
    for row in rows:
        resp = {"id": row[col["Respondent"]], "programme": row[col["Opleiding"]], "role": row[col["Rol"]],
                "sector": [s.strip() for s in row[col["Sector"]].split(",") if s.strip()], "ranks": {}}
        for attr, h in (("positionering", "Positionering"), ("niveau", "Niveau"), ("taak", "Taak")):
            resp[attr] = [s.strip() for s in row[col[h]].split(",") if s.strip()]
        for t, _, _ in THEMES:
            used = set()
            for it in item_lists[t]:
                v = row[col[item_header(t, it)]]
                if v:
                    r = int(v)
                    assert 1 <= r <= MAX_SELECTION and r not in used
                    used.add(r)
                    resp["ranks"][(t, it)] = r
        out.append(resp)
    return out


def ordering(sums):
    """Items as tie blocks, best first: [[items with the highest sum], ...]."""
    blocks = {}
    for it, s in sums.items():
        blocks.setdefault(s, []).append(it)
    return [sorted(blocks[s]) for s in sorted(blocks, reverse=True)]


def positions(order):
    """Position -> (tie block, start) for comparing orderings position by position."""
    out = []
    for block in order:
        start = len(out)
        out += [(tuple(block), start)] * len(block)
    return out


def verify(survey, item_lists):
    errors = []
    # Table 1
    t1 = {(x["programme"], x["role"]): 0 for x in survey}
    for x in survey:
        t1[(x["programme"], x["role"])] = t1.get((x["programme"], x["role"]), 0) + 1
    for p in PROGRAMMES:
        for r, want in zip(ROLES, TABLE1[p]):
            if t1.get((p, r), 0) != want:
                errors.append("Table 1 %s/%s: %d != %d" % (p, r, t1.get((p, r), 0), want))
        if sum(1 for x in survey if x["programme"] == p) != TABLE1_TOTALS["row"][p]:
            errors.append("Table 1 total %s" % p)
    if len(survey) != 441:
        errors.append("441 respondents")
    # Table 2 (cells; totals come out 13 and 16 for HRD and Bedrijfsleven)
    for s in SECTORS:
        for r, want in zip(ROLES, TABLE2[s]):
            got = sum(1 for x in survey if x["role"] == r and s in x["sector"])
            if got != want:
                errors.append("Table 2 %s/%s: %d != %d" % (s, r, got, want))
    if sum(len(x["sector"]) for x in survey) != 493:
        errors.append("Table 2: 493 mentions")
    # Table 3
    for attr, options in TABLE3.items():
        for o, want in options:
            got = sum(1 for x in survey if o in x[attr])
            if got != want:
                errors.append("Table 3 %s: %d != %d" % (o, got, want))
    # Table 4 and the procedure
    for t, _, published in THEMES:
        def sums(members):
            acc = {it: 0 for it in item_lists[t]}
            for x in members:
                for (tt, it), r in x["ranks"].items():
                    if tt == t:
                        acc[it] += points(r)
            return acc
        total = sums(survey)
        for label, want_s, want_n in published:
            n = sum(1 for x in survey if (t, label) in x["ranks"])
            if total[label] != want_s or n != want_n:
                errors.append("Table 4 %s: %d/%d != %d/%d" % (label, total[label], n, want_s, want_n))
        groups = {"all": survey,
                  "alumni": [x for x in survey if x["role"] == "alumnus"],
                  "students": [x for x in survey if x["role"] == "student"],
                  "staff": [x for x in survey if x["role"] in ("docent", "leidinggevende", "lector")]}
        pos = [positions(ordering(sums(m))) for m in groups.values()]
        cutoff = 0
        while cutoff < len(pos[0]) and all(p[cutoff] == pos[0][cutoff] for p in pos):
            cutoff += 1
        if cutoff != len(published):
            errors.append("%s: cut-off %d, published %d common items" % (t, cutoff, len(published)))
        # set agreement: largest k <= max selection where all groups have the same top-k set
        # top k = items whose competition rank is <= k (ties at the boundary included)
        def top(s, k):
            return {it for it in s if 1 + sum(1 for v in s.values() if v > s[it]) <= k}
        group_sums = [sums(m) for m in groups.values()]
        limit = min(MAX_SELECTION, len(item_lists[t]) - 1)
        set_cut = max([k for k in range(1, limit + 1)
                       if all(top(s, k) == top(group_sums[0], k) for s in group_sums)] or [0])
        if set_cut != len(published):
            errors.append("%s: set cut-off %d" % (t, set_cut))
        common = set(item_lists[t])
        for p in PROGRAMMES:
            s = sums([x for x in survey if x["programme"] == p])
            common &= {it for it in item_lists[t] if 1 + sum(1 for v in s.values() if v > s[it]) <= cutoff}
        if common != {label for label, _, _ in published}:
            errors.append("%s: common items %s" % (t, sorted(common)))
    return errors


# MARK: - Main

def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng = Rng(20190441)
    people = make_respondents(rng)
    rankings = {}
    for t, size, published in THEMES:
        b = ThemeBuilder(rng, people, t, size, published)
        lists = b.build()
        # the questionnaire shows the items in its own order, not with the common ones first
        shown = list(b.items)
        rng.shuffle(shown)
        rankings[t] = {"items": shown, "lists": {j: [b.items[i] for i in lst] for j, lst in lists.items()}}
    a_rows, b_rows = build_rows(people, rankings)
    a_text = "\ufeff" + to_csv(a_rows, ";")
    b_text = to_csv(b_rows, ",")
    item_lists = {t: rankings[t]["items"] for t, _, _ in THEMES}
    sa, sb = survey_from_a(a_text, item_lists), survey_from_b(b_text, item_lists)
    errors = verify(sa, item_lists)
    if sa != sb:
        errors.append("layouts (a) and (b) differ")
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        raise SystemExit(1)
    files = {"mli-enquete-a.csv": a_text, "mli-enquete-b.csv": b_text,
             "mli-enquete-a.yaml": mapping_yaml("a", ";", rankings),
             "mli-enquete-b.yaml": mapping_yaml("b", ",", rankings)}
    for name, text in files.items():
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    print("verified and written:", ", ".join(sorted(files)))


if __name__ == "__main__":
    main()
