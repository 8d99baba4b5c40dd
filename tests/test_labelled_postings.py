"""Hand-labelled posting strings of two kinds beyond the dev corpus, one test per line.

``tests/data/labelled_postings.jsonl`` has the dev corpus's format and label rules (see
../shared/corpus/README.md). Two helpers wrote the strings with their labels before
paynorm read them:

* ``u-``: 120 North-American, UK, Irish and Oceanian postings as ATS and job boards
  show them: US pay-transparency disclosures, location tiers, hiring vs full ranges,
  OTE beside base, W2/C2C rates, Canadian French, stipends and no-salary lines.
  115 were exact at first.
* ``c-``: 120 contract, freelance, locum and gig rates worldwide (day rates, IR35,
  Stundensatz, TJM, uurtarief, per-mile and per-word pay), and scraped or exported
  fields (HTML tags and entities, mojibake, full-width digits, duplicated text,
  markdown, placeholders such as "£0.00 - £0.00"). 116 were exact at first.
* ``p-``: 50 whole postings of 600 to 1,400 characters with headings and bullet lists,
  25 in English and 25 in ten other languages, 8 of them with no salary, full of
  distractors (funding, revenue, postcodes, phone numbers, dates, leave days, perks,
  market benchmarks). 35 were exact at first.
* ``g-``: 120 public-sector, healthcare, academic, union and military pay scales (NHS
  bands, civil service and university grades, GS steps, TVöD, KV, CAO schalen, APS),
  with grade, step and spine-point numbers beside the money. 113 were exact at first.

* ``t-``: 120 job titles and short salary fields from boards in nine English-speaking
  markets and five other languages, full of numbers that are not pay (reference numbers,
  hours and shifts, grades, licence classes, versions, postcodes, model years); 50 of
  them state no salary. 104 were exact at first.
* ``k-``: 60 more whole postings of 400 to 1,100 characters, 26 in English and 34 in 14
  other languages, with benchmarks, funding, one-off bonuses and a second band or
  location beside the pay; 8 with no salary. 48 were exact at first.
* ``s-``: 178 salary fields of the dev corpus's kinds (UK, US and Canadian, Australian,
  Indian, Chinese, Japanese, Korean and Western European boards, mojibake and HTML
  remnants), among them 20 no-salary fields and traps (references, bands, phone numbers, dates).
  178 were exact at first; two more were the same text as a ``c-`` line and were dropped.
* ``w-``: 70 more whole postings of 400 to 1,300 characters (25 US and Canadian, 10 UK and
  Irish, 5 Australian, 30 in eight other markets and their languages), full of counts,
  funding, deal sizes, benefits budgets, Workday minimum/midpoint/maximum blocks, step
  ranges and OTE beside base; 8 with no salary. 59 were exact at first, 69 are now.
* ``h-``: 150 posts of other genres: Hacker News "Who is hiring" lines, Reddit, Discord and
  Telegram posts, LinkedIn posts and recruiter messages, public-sector boards, gig and
  staffing apps, and 20 texts with no salary full of traps (fees, tickets, 401k, 24/7).
  145 were exact at first, 147 are now; two freelance project budgets and an entry
  price ('Tickets $15 at the door') are strict xfails.
* ``v-``: 80 more whole postings, 65 in 23 other languages and their number formats
  (Austrian KV minimums beside the offer, 14 salaries, meal vouchers, Arabic-Indic digits,
  万/만원/triệu) and 15 English ones from healthcare, trades, hospitality, retail,
  logistics and teaching; 8 with no salary. 75 were exact at first, 80 are now.
* ``z-``: 200 strings written as a held-out test of ordinary input, in realistic proportions
  (short fields of 20 markets, CJK boards, posting excerpts; 29 with no salary). 198 were
  exact at first, as they were for the code before the day's rules (b753e1f); 200 are now.
  The 190 whose text was not already a line here are kept.
* ``x-``: 150 fields and posting snippets from boards the other sets cover thinly: Mexico,
  Brazil, Argentina, Colombia, Chile, Peru; Nigeria, Kenya, South Africa, Ghana, Egypt,
  Morocco; Pakistan, Bangladesh, Sri Lanka, Indonesia, Vietnam, Thailand, the Philippines,
  Malaysia, in their languages and number formats (juta, triệu, mil, lakh, "/=" endings,
  Eastern Arabic and Bengali digits); 22 with no salary. 149 were exact at first.
* ``y-``: 150 from Central and Eastern Europe, the Nordics, Southern Europe, Turkey, Israel
  and the Gulf, 20 of them EU Pay Transparency Directive statements; 22 with no salary.
  142 were exact at first (Romanian "între X și Y", Serbian "од", Finnish "alkaen",
  Hungarian "450e Ft", Czech "Kč/měs.", "buoni pasto", "paid weekly" after a daily rate).
* ``q-``: 150 from East Asia (Japanese, Chinese, Taiwanese, Hong Kong, Korean boards) and from
  Russia, Belarus, Central Asia and the Caucasus, in their scripts, full-width forms and units
  (月給, 年収～800万円, 10k以上, 연봉, от ... на руки, so'm, ₾, ֏, ₼); 24 with no salary. 141 were
  exact at first (a label's colon, a leading ～, 日給月給制, 時間 as hours, probation pay,
  оклад as base, "руб." in Belarus).
* ``r-``: 150 English postings with local conventions (Indian CTC/LPA/in-hand, Philippine,
  Nigerian, Kenyan, South African, Gulf, Singapore, Malaysian, Australian and Canadian pay) and
  North American trucking, nursing, warehouse, trades, restaurant and gig pay; 22 with no salary.
  142 were exact at first (CPM and stop pay, differentials and fringes, housing stipends, a
  restated period in brackets, "7a-3:30p").
* ``m-``: 150 whole English postings of 465 to 771 characters (US, UK, Canada, Australia and New
  Zealand, India, Singapore and Ireland), full of counts, budgets, funding, fees, benefits and
  others' earnings; 20 with no salary. 128 were exact at first, 138 are now; 12 strict xfails,
  all no-salary postings where a budget, fee, benefit value or count is still read as pay.
* ``n-``: 150 salary fields as ATS systems, job feeds and exports pass them (Workday, Greenhouse,
  iCIMS, Indeed and LinkedIn fields, schema.org baseSalary, JSON, XML and CSV fragments,
  placeholders such as "0 - 0"); 20 with no salary. 144 were exact at first, 147 are now.
* ``o-``: 150 English postings for jobs in continental Europe and Switzerland with local
  conventions (gross/net, 13th and 14th salaries, B2B rates, CHF 110'000, holiday allowance);
  22 with no salary. 142 were exact at first, 149 are now.
* ``e-``: 150 fields and snippets from French, Belgian, Swiss, Luxembourg, Spanish, Portuguese,
  Italian, Dutch, German and Austrian boards in their languages (k€, T€, kEUR, "35/40K€", b/a,
  RAL, p/m, collective-agreement minimums beside the offer, meal vouchers); 23 with no salary.
  141 were exact at first, 149 are now.
* ``f-``: 150 English fields from boards of 39 markets whose money is not the dollar, pound or
  euro (N, #, GH¢, Kshs, Tsh, K, Br, LE, Dhs, QR, BD, KD, RO, Rs, Tk, RM; rubles, tenge, cedis;
  three-decimal dinars); 20 with no salary. 143 were exact at first, 149 are now.
* ``i-``: 150 from Nordic and Baltic boards in their languages (tkr, t.kr., þús., fra … til,
  no … līdz, agreement floors beside the offer, Icelandic and Estonian); 21 with no salary. 128
  were exact at first, 149 are now.
* ``j-``: 150 from Latin American boards in Spanish and Portuguese (R$ 4 mil, vales de despensa,
  UF, SMMLV, CLT/PJ, "más bonos"); 22 with no salary. 146 were exact at first, 150 are now.
* ``l-``: 150 from South-East Asian, Turkish, Arabic, Persian, Urdu, Bengali, Hindi and Hebrew
  boards in their languages and digits (juta, triệu, หมื่น, ألف, تومان, লাখ, हजार, אלף); 19 with no
  salary. 101 were exact at first, 149 are now.
* ``b-``: 150 from Francophone and Lusophone Africa and the Maghreb in French, Portuguese and
  Arabic (FCFA in its spellings, XOF against XAF, DH, DA, DT, Ar, Kz, MT, 20.000$00); 21 with no
  salary. 130 were exact at first, 145 are now.
* ``d-``: 150 from Russia, Ukraine, Central Asia, the Caucasus, Poland, Czechia, Slovakia,
  Hungary, Romania, Bulgaria and the Balkans in their scripts (на руки, тыс., so'm, ₾, դրամ, zł,
  Kč, Ft, lei, лв., KM, lekë); 22 with no salary. 139 were exact at first, 149 are now.
* ``a-``: 283 from East Asian boards (BOSS直聘, 51job, 104, JobsDB, 사람인: 13薪, 8千-1.2万, 过万, 4천5백만원,
  5천~7천만원, 인원 and 명, HK$ and NT$) and from thin markets in their scripts (Greece, the Balkans, Israel,
  Lebanon, Iraq, the Gulf and Egypt in Arabic, Ethiopia, Tanzania, Uganda, Rwanda, Nepal, Sri Lanka in Sinhala and
  Tamil, the Caribbean and Central America); 300 were written, 17 repeat a line here and were dropped.
  260 were exact at first, 283 are now. Then 270 more: salary fields as the big aggregators render them on
  their sites of 37 markets and locales (Glassdoor, Indeed, LinkedIn, StepStone, SEEK, hh.ru...; 137, all
  exact at first) and minimal fields as employers type them (35-40k DOE, 1.8L/month, 月30万, "$12,000 -
  $15,000 MN"; 133, 131 exact at first); 30 more repeated a line here and were dropped. Then 300 posting excerpts
  of 3 to 10 lines: local boards of 38 thin markets in their scripts (Khmer, Lao, Burmese, Mongolian, Georgian,
  Amharic, Hebrew, Arabic...; 128 exact at first) and East Asian boards with their headings, schedules, capital,
  allowances and probation pay (136 exact at first); 295 are exact now, 5 are strict xfails. Then 600 more in
  four sets of 150, 594 kept (6 repeated a line here): Latin American and Iberian boards (peso "$", u$s, R$, "acima
  de", quincenal as a pay schedule; 145 exact at first), continental European boards (brutto/Jahr, tys. zł, Kč,
  Ft/hó, "13. havi fizetés", Belgian joint committees, "minimálne"; 146), South and South-East Asian, African and
  Gulf boards (LPA, triệu, "Trên", Thai "วันละ", "Kes 2.4M", "yearly increment"; 145) and messy English postings
  (pay transparency ranges, minimum/midpoint/maximum, "+ per diem of $65/day", "Job ID: R-204518"; 147).
  583 of 600 were exact at first, 597 are now; three are strict xfails. Then 200 whole postings of 300 to 1,200
  characters with headings and bullet lists, full of distractors (funding, ARR, counts, budgets, award rates,
  probation pay, agreement minimums): 100 in English from 13 markets (94 exact at first) and 100 in 17 other
  languages (95); 197 are now. Then 500 more, 485 kept (15 repeated a line here): messy scraped fields
  (capitals, HTML tags and references escaped twice, mojibake, CSV and tab rows, glued "£30kpa"; 86 of 100
  exact at first), contract, day and hourly rates (99), non-Latin scripts (98), whole pay-transparency
  postings with zones, tiers and levels named by a sentence about this job (91) and listing cards (100);
  457 of the 485 were exact at first, 482 are now, three are strict xfails. Then 500 more: East Asian
  posting excerpts (【給与】, 時間額, 上限, 届, 資本額, 자본금; 95 exact at first), Romance-language postings
  (por jornada, paga giornaliera, TJM, CEP, "Ingresos de hasta"; 94), Central and Northern European fields
  ("E Ft", Denní sazba, Urlaubstage, platová třída; 95), US and Canadian hourly ads (12-hr shifts, postcodes,
  "$50/day per diem"; 97) and informal messages weighing an offer against the writer's own pay (89); 470
  were exact at first, 497 are now, three are strict xfails. Then 500 more: public-sector scales (96 exact at
  first), healthcare and education (96), remote and startup listings (96), gig and blue-collar work in
  emerging markets (97) and machine data: JSON-LD, XML, key=value, headed CSV/TSV, query strings (66); 451
  were exact at first, 488 are now, 12 are strict xfails. Then 400 more: Africa and the Middle East (92
  exact at first), UK, Irish, Australian and New Zealand ads (97), bilingual and machine-translated text
  (94) and sales and finance pay (97); 380 were exact at first, 393 are now, seven are strict xfails.
  Then 400 more that probe the reading itself: titles, companies and places full of numbers (100 exact at
  first), ranges and open ends in every shape and language (87), number formats (96) and period
  expressions with false periods beside them (99); 382 were exact at first, 394 are now, six are strict
  xfails.
  Then 300 more: 100 whole postings written to trap the parser, 70 of them with no salary among prices,
  rents, budgets, bonuses and benefit values (59 exact, the weakest set: 41 strict xfails), Southeast Asian
  postings (96 exact at first, 99 now) and continental European retail and hospitality cards (99, 100 now).
  Then 400 more on 2026-11-30: Latin American postings (98 exact at first), Nordic, Baltic and Eastern European
  fields (97), listing cards and aggregator snippets of eight markets (99) and whole postings of 6 to 25 lines in
  eight languages with the pay line among addresses, allowances, pension contributions and company figures (94);
  388 were exact at first, 399 are now; a bonus alone is a strict xfail. Then 400 more the same day: North American
  trades, union, public and gig pay (86 exact at first; step tables, apprentices' percentages of a journeyman's rate,
  per-mile pay), the Middle East and Africa in English and French (100), South Asia (98) and hard number shapes
  (slash ranges, "€k", "t. Kč", "tra i 45 e i 55 mila"; 97); 381 were exact at first, 392 are now, eight are strict
  xfails (steps named by a sentence, apprentices' reference rates, per-mile pay beside an hourly or weekly figure,
  shift differentials alone).
  Then 400 more: German-speaking postings (96 exact at first; KV minimums, "26 fr. 50"), French, Belgian, Dutch and
  Luxembourg postings (99), Asia-Pacific outside East Asia (100) and offer letters and offer discussions (83: current
  and expected figures beside the offer, recruiters' ceilings, fixed pay beside CTC, options); 378 were exact at
  first, 394 are now, six are strict xfails. Then 300 more: UK and Irish agency and temp ads (96 exact at first;
  PAYE beside umbrella rates, DBS costs), academic posts (94: studentships' stipends, grants, references) and remote
  contractors (94: gig budgets, hourly prices); 284 were exact at first, 297 are now, two are strict xfails. The rules
  for them read a gig's or a hire's "Budget:" as its pay, so h-042, h-057, a-2652 and a-4002 are exact now.
  Then 300 more: short English fields as busy recruiters type them (100 exact at first), machine data: JSON-LD, ATS
  JSON, XML, CSV and TSV rows, YAML, protobuf text (80: still the weakest kind, 19 strict xfails) and East Asian short
  fields (98, 100 now).
  Then 300 more in the dev corpus's own families: UK board fields (100 exact at first), US and Canadian aggregator
  fields (99) and Indian and continental European board fields (98); all 300 are exact now.

The parser was then fixed for the strings it got wrong where the label is clear, so this is a
regression suite, not a held-out score. Three ``g-`` labels are arguable; paynorm gives
the other reading, and they are strict xfails with the reason, as are one ``w-`` miss,
an ``h-`` entry price, 10 ``m-`` postings, a bonus alone (``o-``, ``e-``, ``i-``),
a Turkish meal card (``l-``), five ``b-`` lines (a glued franc 'F',
three Cape Verdean cifrãos, a bonus alone), a Kazakh company capital (``d-``) and five ``a-`` excerpts (a Swahili
number word before its count, a probation rate before the regular one, a hire reward's parts, allowances before
or beside a salary declined or decided at interview), a Mexican bonus alone, an arguable Thai "เงินเดือน", an
award's figure after "currently", a company named "... Pay", a project's budget beside a salary called
competitive, a number broken by a line break, a typo hiding "hourley", "starting" written after its amount,
a hypothetical rate, a Hinglish message, bands named by a place or a country,
two increment scales, a travel nurse's package, and six machine-data shapes (labels above their values,
a one-line "Low:/High:", a grouped number after a sign-like letter, a Markdown table, a separate unit field,
SQL) (``a-``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_corpus import check_line, line_params

DATA = Path(__file__).parent / "data" / "labelled_postings.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


XFAIL = {
    "g-031": "arguable: the first range is pro rata for full time, the 'actual salary' for 0.6 FTE is chosen",
    "g-068": "arguable: the journeyman 'rate' inside the brackets is chosen over the foreman's total",
    "g-087": "arguable: 'Mindestgehalt laut KV' reads as one amount unless an Überzahlung line says more is paid",
    "h-136": "'Tickets $15 at the door' is an entry price; 'tickets' alone also names help-desk work ('close tickets at $20/hr')",
    **{k: "a posting with no salary where an amount that is not pay (a budget, a fee, a benefit's value, a count) is still read"
       for k in ("m-015", "m-036", "m-044", "m-058", "m-087", "m-110", "m-118", "m-132", "m-140", "m-147")},
    "o-048": "a yearly bonus alone is kept as the only pay stated (flagged other_pay_only), as for OTE and commission",
    "w-060": "'Vergoeding voor gereedschap van € 300 per jaar' is a tool allowance; Dutch 'vergoeding' is not read as one",
    "e-105": "an Italian production bonus alone ('Premio di produzione fino a 2.000 € annui') is kept as the only pay, as o-048",
    "i-013": "a Swedish bonus alone ('Bonus upp till 20 000 kr per år') is kept as the only pay, as o-048",
    "l-072": "'Yemek kartı: günlük 250 TL' is a meal card; the label's colon and the period word keep it from the amount",
    "b-035": "'250.000F - 300.000F': the franc's 'F' glued to each amount is not read as a sign, so no range forms",
    **{k: "Cape Verde's cifrão ('20.000$00', '45 000$00', '900.000$00'): '$' as the escudo's decimal mark is not read"
       for k in ("b-104", "b-105", "b-106")},
    "b-138": "a performance bonus alone ('Prime de rendement ... par trimestre') is kept as the only pay, as o-048",
    "d-046": "'Капитал компании 5 000 000 ₸': a noun between the capital word and the amount keeps it from non-pay",
    "a-887": "'薪资详谈，有全勤奖、夜班补贴（每晚30元）': the declined salary's clause runs on past the comma, so the allowance "
             "in it stays pay",
    "a-683": "Swahili 'laki 2 na nusu' (two and a half hundred-thousands): the number word stands before its count",
    "a-799": "'試用期3個月 月薪32,000元' then '試用期滿 月薪36,000~42,000元': the probation month count between keeps the "
             "first from the probation rule, and nothing marks the second as the job's pay",
    "a-875": "the parts of a hire reward in brackets ('합격보상금 100만원 (추천인 50만원, 지원자 50만원)') are not tied to it",
    "a-889": "allowances listed before '【給与】…面談にて決定' (decided at interview) stay pay: the declined salary covers what follows it",
    "a-915": "a Mexican productivity bonus alone ('Bono de productividad de hasta $4,000 al mes') is kept as the only pay, as o-048",
    "a-1252": "arguable: Thai 'เงินเดือน' (salary, literally 'month money') is read as a written monthly period",
    "a-1521": "'A competitive salary commensurate with ...' leaves a lone 'KES 180 million value-chain project' read as pay: a "
              "sentence calling the salary competitive does not drop amounts ('Competitive salary. The position pays $52,000.')",
    "a-1544": "'well above the award rate (currently $27.07/hr ...)': the award's figure in brackets after 'currently' is "
              "not read as a benchmark, and beats 'Above award: $30.50 per hour'",
    "a-1548": "'Mali Pay lets 1.8 million Kenyans': 'Pay' in the company's name counts as a pay word, so the count is read as pay",
    "a-1762": "'£32,\\n000': a line break inside a number's thousands group is read as two numbers",
    "a-1774": "'$18 hourley, weekly pay': the typo hides the hourly period and 'weekly pay' (a pay frequency) is read as the period",
    "a-1836": "'$17/hr starting, up to $20/hr': 'starting' after its amount does not open it, so no range forms with 'up to'",
    "a-2611": "Hinglish 'mera abhi 7 LPA hai ... 11.5 LPA offer kiya': the writer's current pay in Hindi is not recognised as such",
    "a-2638": "'if a recruiter offers you $20/hr ..., run': a hypothetical rate before the job's own is read as its pay",
    "a-2703": "'National £X – £Y; London £Z – £W ... the London pay range applies': a level named by a place, not a label with a mark",
    "a-2724": "an Indian bank's scale 'start – increment/years – ... – maximum' is not read as its start and maximum",
    "a-2728": "a Pakistani BPS scale 'Rs. 45,070-3,430-147,970' (minimum-increment-maximum) is not read as its ends",
    "a-2819": "a travel nurse's weekly package beats the taxable hourly base written inside its brackets",
    "a-2905": "country bands 'US … · UK … · Germany …' and 'the Germany band applies': a band named by a country, not a label with a mark",
    "a-2979": "'North America: … | Europe: …' and '(Europe band)': as a-2905",
    "a-3122": "'Pay Range Minimum:\\n$61,800.00\\nPay Range Maximum:\\n$98,900.00': labels on their own lines above their values",
    "a-3140": "'Salary Range Low: 4,500 Salary Range High: 6,200' on one line: prose-like keys with spaces are not read as machine keys",
    "a-3147": "'L3,165000,195000': the lexer reads '3,165' as one grouped number after the sign-like 'L'",
    "a-3151": "a Markdown table with its columns named in a header two lines above",
    "a-3163": "a query string's separate 'unit=만원' field does not scale 'min=4200'",
    "a-3189": "an SQL INSERT's values are not matched to its column names",
    "a-3233": "Zimbabwe's 'ZiG' (ZWG since 2024) is not a sign paynorm reads",
    "a-3250": "Algerian '6 millions de centimes (60 000 DA)': centimes are not read as hundredths of the dinar",
    "a-3441": "a machine translation's '1.5-2 ten thousand yuan' (万) is not read",
    "a-3475": "'45 million won or more': 'or more' after a spelled unit and a currency word does not open the amount",
    "a-3492": "a bilingual bonus alone is kept as the only pay stated (flagged other_pay_only), as o-048",
    "a-3506": "a guaranteed first-year bonus alone is kept as the only pay stated, as o-048",
    "a-3509": "a search firm's 'retainer of £25,000' is read as pay ('retainer' is also a freelancer's pay)",
    "a-3707": "arguable: '£27k or £30k depending on experience' reads as the first figure, the label as a range",
    "a-3789": "amounts in words ('Twenty-eight to thirty-two thousand pounds') are not read",
    "a-3794": "'Gehalt: 55.000\\nbis 62.000 EUR': a range broken by a line break before its 'bis'",
    "a-3838": "arguable: 'lt. KV, Überzahlung ... möglich' opens the amount upward; the label keeps it single (as g-087)",
    "a-3857": "an amount in words ('twenty dollars an hour') is not read",
    "a-3990": "a monthly bonus alone is kept as the only pay stated, as o-048",
    **{k: "a whole posting with no salary where a price, rent, budget, bonus, benefit value or count is still read "
            "(set a-4001..a-4100, written to find exactly these)"
       for k in ("a-4001", "a-4003", "a-4004", "a-4021", "a-4025", "a-4026", "a-4029", "a-4034", "a-4038", "a-4044", "a-4045", "a-4047", "a-4048", "a-4051", "a-4053", "a-4056", "a-4058", "a-4061", "a-4062", "a-4063", "a-4065", "a-4066", "a-4067", "a-4070", "a-4072", "a-4074", "a-4075", "a-4076", "a-4082", "a-4085", "a-4094", "a-4095", "a-4096", "a-4098", "a-4099", "a-4100")},
    "a-4041": "Hinglish posting: '₹4-5 crore monthly bills' beats 'Salary: ₹18,000 - ₹22,000 per month' near the end",
    "a-4059": "a cloud bill '180 tys. USD miesięcznie' beats the B2B rate '160–190 zł netto/h' of the offer section",
    "a-4080": "'ventas anuales de 350 millones de dólares' (sales) beats 'Sueldo mensual bruto: $28,000'",
    "a-4097": "a product's '$60K/year' list price beats the OTE, the only pay stated",
    "a-4111": "two entry levels 'From $4,200 (Degree) / From $3,300 (Diploma), monthly basic': the second is taken",
    "a-4378": "a Mexican productivity bonus alone ('Bono de productividad de hasta $3,000 mensuales') is kept as the only "
              "pay, as o-048",
    "a-4702": "a step table with the labels after the amounts ('$27.18 (Step 1) / $28.54 (Step 2)') and 'All new hires start "
              "at Step 2': the sentence does not pick the step",
    "a-4772": "lettered steps ('A $5,120  B $5,376 ...') with 'Appointment normally at Step A': a lone letter names too much",
    "a-4735": "'45% of JW rate ($52.40) = $23.58/hr': the journeyman's reference rate beats the apprentice's own",
    "a-4737": "an apprentice wage schedule under '(% of JW rate $46.00)': the reference rate beats the first step",
    "a-4751": "'Top rate: $38.90/hr. New hires start at 80% of top rate ($31.12/hr)': the top rate is read, not the hiring rate",
    "a-4738": "'$0.68/mile all miles — drivers average $1,450/wk': a weekly average beats the per-mile rate stated first",
    "a-4768": "'$0.58/mile + $25/hr for waiting time': the waiting-time rate beats the per-mile pay",
    "a-4745": "shift differentials alone ('2nd shift +$1.50/hr, 3rd shift +$2.25/hr'): a '+' increment is kept as other pay",
    **{k: "arguable: an Austrian collective agreement's minimum ('KV-Mindestgehalt', 'Minimum salary according to "
            "collective agreement') is read as one amount, as g-087; the label opens it upward"
       for k in ("a-5135", "a-5167", "a-5189")},
    "a-5423": "'Daily rate offer $1,050 + GST': 'daily' before 'rate offer' does not reach the amount; a month is inferred",
    "a-5427": "'Mehr als 70k geht für die Stelle nicht' (no more than 70k): the negated 'more than' is read as a lower bound",
    "a-5570": "'12.50 + hol pay, OT x1.5': a bare number with its cents beside pay words but no sign or period is not read",
    "a-5642": "'Minimum guaranteed funding of $24,000 per year': 'Minimum' three words before its amount does not open it",
    **{k: "machine data not read as a person reads it (set a-5901..a-6000): a scale or unit in a header column or a key "
            "('base_k_gbp', 'salary_low_k', '_cents' columns, 'units=\"thousands\"', '年収_下限_万円'), a header row's counts "
            "and timestamps beside the pay, protobuf text, units and nanos, quoted YAML numbers, URL-encoded brackets, an "
            "empty minimum, a JSON array row"
       for k in ("a-5926", "a-5927", "a-5930", "a-5946", "a-5948", "a-5949", "a-5951", "a-5952", "a-5962", "a-5964",
                 "a-5965", "a-5971", "a-5972", "a-5982", "a-5984", "a-5987", "a-5990", "a-5993", "a-5998")},
}


@pytest.mark.parametrize("rec", line_params(RECORDS, XFAIL))
def test_labelled_posting(rec: dict) -> None:
    check_line(rec)


def test_the_file_is_whole() -> None:
    assert len(RECORDS) == 9690
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)
    assert all(r["hints"].get("country") for r in RECORDS)
