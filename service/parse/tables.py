"""Word tables of the parser: periods, ranges, open ends, roles, noise.

Each table maps a regular-expression fragment (case-insensitive, matched at
word edges by the lexer) to what it means. Adding a phrasing is one line.
"""

from __future__ import annotations

from typing import Literal

Period = Literal["hour", "day", "week", "month", "year"]
PERIODS: tuple[Period, ...] = ("hour", "day", "week", "month", "year")

# Period phrases. A leading "/" form also covers "per"; order inside a list
# does not matter (the lexer sorts by length).
PERIOD_WORDS: dict[Period, tuple[str, ...]] = {
    "hour": (
        r"per\s+hour", r"an?\s+hour", r"p\.?/?\s?hr?\.?", r"per\s+hr", r"/\s*(?:hour|hr|h)", r"hourly", r"hr",
        r"pro\s+stunde", r"/\s*std\.?", r"stundenlohn", r"die\s+stunde", r"de\s+l'heure", r"par\s+heure",
        r"/\s*heure", r"por\s+hora", r"/\s*hora", r"la\s+hora", r"all'ora", r"l'ora", r"per\s+uur", r"/\s*uur",
        r"/\s*godz\.?", r"za\s+godzinę", r"/\s*tim", r"i\s+timmen", r"/\s*giờ", r"per\s+jam", r"/\s*jam",
        r"時給", r"时薪", r"時薪", r"/\s*小时", r"/\s*時間?", r"시급", r"saatlik", r"/\s*saat",
        r"(?:brutto)?stundenlohn", r"tim(?:e)?l(?:ø|ö|o)nn?", r"i\s+timen", r"/\s*t", r"tunnissa", r"/\s*tunti",
        r"per\s+uur", r"uurloon", r"stawka\s+godzinowa",
    ),
    "day": (
        r"per\s+day", r"an?\s+day", r"/\s*day", r"daily", r"p\.d\.", r"per\s+diem", r"pro\s+tag", r"/\s*tag",
        r"tagessatz", r"par\s+jour", r"/\s*jour", r"por\s+d[ií]a", r"/\s*d[ií]a", r"al\s+d[ií]a", r"per\s+dag",
        r"/\s*dzień", r"dziennie", r"/\s*ngày", r"per\s+hari", r"/\s*hari", r"日給", r"日薪", r"/\s*天",
        r"/\s*日", r"일급", r"일당", r"günlük", r"tjm", r"taux\s+journalier(?:\s+moyen)?", r"dagtarief",
        r"tagessatz", r"day\s+rate",
    ),
    "week": (
        r"per\s+week", r"an?\s+week", r"/\s*(?:week|wk)", r"weekly", r"p\.?w\.?", r"pro\s+woche", r"/\s*woche",
        r"wöchentlich", r"par\s+semaine", r"por\s+semana", r"semanal(?:es)?", r"/\s*tuần", r"周薪", r"/\s*周",
        r"週給", r"주급", r"haftalık",
    ),
    "month": (
        r"per\s+month", r"an?\s+month", r"/\s*(?:month|mo|mth)", r"monthly", r"p\.?c?m\.?", r"per\s+mensem",
        r"pro\s+monat", r"im\s+monat", r"/\s*monat", r"monatlich", r"monatsgehalt", r"par\s+mois", r"/\s*mois",
        r"mensuel(?:le)?s?", r"por\s+mes", r"al\s+mes", r"/\s*mes", r"mensual(?:es)?", r"por\s+mês", r"/\s*mês",
        r"mensais", r"mensal", r"al\s+mese", r"/\s*mese", r"mensili", r"per\s+maand", r"/\s*maand",
        r"miesięcznie", r"/\s*mies\.?", r"/\s*msc", r"na\s+miesiąc", r"per\s+månad", r"/\s*mån", r"i\s+månaden",
        r"pr\.?\s+måned", r"per\s+måned", r"/\s*md\.?", r"/\s*tháng", r"một\s+tháng", r"per\s+bulan", r"/\s*bulan",
        r"/\s*bln", r"月給", r"月给", r"月薪", r"月収", r"月收入?", r"/\s*月", r"每月", r"월급", r"/\s*월", r"월",
        r"aylık", r"/\s*ay", r"per\s+calendar\s+month", r"p\.?/m\.?", r"(?:brutto)?monats(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?",
        r"bruttomonatsgehalt", r"månadslön", r"m(?:å|a)nedsl(?:ø|o)nn?", r"om\s+måneden", r"i\s+måneden",
        r"/\s*kk", r"kuukaudessa", r"kuukausipalkka", r"/\s*kuukausi", r"maandsalaris", r"maandloon",
        r"par\s+mois", r"mensuellement", r"al\s+mese", r"mensile", r"mensilmente", r"lương\s+tháng",
    ),
    "year": (
        r"per\s+annum", r"p\.\s?a\.?", r"pa", r"/\s*annum", r"annum", r"per\s+year", r"an?\s+year",
        r"/\s*(?:year|yr)", r"yearly", r"annual(?:ly)?", r"pro\s+jahr", r"im\s+jahr", r"/\s*jahr", r"jährlich",
        r"jahresgehalt", r"par\s+an", r"/\s*an", r"annuel(?:le)?s?", r"por\s+año", r"al\s+año", r"/\s*año",
        r"anual(?:es)?", r"por\s+ano", r"ao\s+ano", r"/\s*ano", r"anuais", r"all'anno", r"annu[io]", r"ral",
        r"per\s+jaar", r"/\s*jaar", r"rocznie", r"/\s*rok", r"per\s+år", r"/\s*år", r"om\s+året", r"pr\.?\s+år",
        r"/\s*năm", r"per\s+tahun", r"/\s*tahun", r"年収", r"年收入?", r"年薪", r"年俸", r"/\s*年", r"연봉",
        r"/\s*년", r"yıllık", r"par\s+année", r"/\s*année", r"annuellement", r"(?:brutto)?jahres(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?",
        r"bruttojahresgehalt", r"årslön", r"årsl(?:ø|o)nn?", r"om\s+året", r"vuodessa", r"vuosipalkka", r"/\s*v",
        r"jaarsalaris", r"jaarloon", r"all'anno", r"lordi\s+annui", r"annui\s+lordi", r"per\s+year",
    ),
}

# Pay per piece of work rather than per time: no period can be inferred.
PIECE_WORDS: tuple[str, ...] = (
    r"(?:per|/|a|an)\s*(?:batch|shift|project|session|class|lesson|visit|article|word|piece|delivery|call|"
    r"task|assignment|gig|patient|student|sale|lead|appointment|mile|km|page|video|post|unit|job|case|night)",
    r"pro\s+(?:schicht|projekt|einsatz|stück)", r"par\s+(?:mission|séance|cours|projet)",
    r"por\s+(?:proyecto|sesión|clase|turno)", r"/\s*(?:ca|ca\s+làm|buổi)", r"每单", r"/\s*单", r"/\s*件",
)

# Period words that may stand before the amount ("年収500万円", "Monthly: $5k").
PREFIX_PERIODS: tuple[str, ...] = (
    r"年収", r"年收入?", r"年薪", r"年俸", r"月給", r"月给", r"月薪", r"月収", r"月收入?", r"時給", r"时薪", r"時薪",
    r"日給", r"日薪", r"연봉", r"월급", r"시급", r"일급", r"월", r"每月", r"ral", r"tjm",
    r"taux\s+journalier(?:\s+moyen)?", r"day\s+rate", r"hourly", r"annual(?:ly)?", r"monthly", r"yearly", r"daily",
    r"weekly", r"(?:brutto)?jahres(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?", r"bruttojahresgehalt",
    r"(?:brutto)?monats(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?", r"bruttomonatsgehalt",
    r"(?:brutto)?stundenlohn", r"tagessatz", r"månadslön", r"m(?:å|a)nedsl(?:ø|o)nn?", r"årslön", r"årsl(?:ø|o)nn?",
    r"tim(?:e)?l(?:ø|ö|o)nn?", r"kuukausipalkka", r"vuosipalkka", r"maandsalaris", r"jaarsalaris", r"uurloon",
    r"aylık", r"yıllık", r"saatlik", r"günlük", r"lương\s+tháng", r"dagtarief",
)

# Range connectors between two amounts.
RANGE_WORDS: tuple[str, ...] = (
    r"-", r"–", r"—", r"−", r"~", r"〜", r"～", r"to", r"till", r"through", r"bis", r"à", r"a", r"até", r"al", r"ad",
    r"至", r"到", r"and", r"und", r"et", r"y", r"e", r"en", r"tot", r"do", r"till", r"đến", r"hingga", r"sampai",
    r"ile", r"ve",
)
# "and"-like connectors form a range only after a "between" word.
AND_WORDS = frozenset({"and", "und", "et", "y", "e", "en", "ve", "ile"})
# Connectors that are also common words: only between two amounts.
WEAK_RANGE_WORDS = frozenset({"al", "e", "en", "do", "ad"})
# "od 1 200 zł" alone is "from"; "od X do Y" a range.
BETWEEN_ALSO_FROM = frozenset({"od", "từ"})
BETWEEN_WORDS: tuple[str, ...] = (
    r"between", r"zwischen", r"entre", r"tussen", r"mellan", r"od", r"từ", r"antara", r"arası", r"de",
)

# Open lower bound written before the amount ("from 30k") or after it ("30k+").
FROM_WORDS: tuple[str, ...] = (
    r"from", r"starting\s+(?:at|from)", r"starts?\s+at", r"min\.?", r"minimum", r"at\s+least", r"ab", r"mind\.?",
    r"da", r"dal", r"van", r"vanaf",
    r"à\s+partir\s+de", r"dès", r"desde", r"a\s+partir\s+de", r"vanaf", r"från", r"fra", r"od", r"từ",
    r"mulai", r"mindestens", r"起薪", r"起步",
)
FROM_SUFFIXES: tuple[str, ...] = (
    r"or\s+more", r"and\s+above", r"upwards", r"plus(?=\s*$)", r"以上", r"起", r"以上", r"이상",
    r"trở\s+lên", r"und\s+mehr", r"et\s+plus",
)
UP_TO_WORDS: tuple[str, ...] = (
    r"up\s*to", r"to", r"max\.?", r"maximum", r"not\s+exceeding", r"bis\s+zu", r"bis", r"jusqu'à",
    r"jusqu’à", r"hasta", r"até", r"fino\s+a", r"tot", r"do", r"upp\s+till", r"tối\s+đa", r"hingga", r"최대",
    r"lên\s+(?:đến|tới)", r"tới", r"đến", r"höchstens", r"maximal", r"bis\s+maximal",
    r"最高",
)
UP_TO_SUFFIXES: tuple[str, ...] = (r"以下", r"まで", r"까지", r"or\s+less", r"max\.?")

# Roles of an amount that is not the base salary. A word binds to the amount
# written right after it ("OTE 25k") or, with nothing between, right before
# it ("120K OTE").
OTHER_PAY_WORDS: tuple[str, ...] = (
    r"ote", r"on[\s-]target\s+earnings", r"uncapped", r"bonus(?:es)?", r"commission(?:s)?", r"comm", r"tips?", r"incentives?",
    r"equity", r"stock", r"rsus?", r"shares", r"sign(?:ing|-on)\s+bonus", r"allowances?", r"overtime",
    r"super(?:annuation)?", r"pension", r"relocation", r"stipend", r"per\s+diem", r"提成", r"奖金", r"賞与",
    r"ボーナス", r"prämie", r"provision", r"primes?", r"comisi[oó]n(?:es)?", r"bonos?", r"gratificação",
    r"tip", r"total\s+comp(?:ensation)?", r"total\s+package", r"total\s+rewards?", r"total\s+cash", r"tc",
    r"variable(?:\s+pay)?", r"vouchers?", r"meal", r"ticket\s+restaurant", r"tickets\s+restaurant",
    r"vale[-\s]?refei[cç][aã]o", r"vale[-\s]?alimenta[cç][aã]o", r"vale[-\s]?transporte", r"jobticket",
    r"deutschlandticket", r"essenszuschuss", r"zuschuss", r"subsidy", r"reimbursement", r"per\s+referral",
    r"referral", r"13th\s+month", r"vakantiegeld", r"urlaubsgeld", r"weihnachtsgeld",
)
BASE_WORDS: tuple[str, ...] = (
    r"basic", r"base(?:\s+(?:salary|pay))?", r"grundgehalt", r"底薪", r"基本給", r"基本工资", r"salaire\s+de\s+base",
)
# Money that is not pay at all.
NON_PAY_WORDS: tuple[str, ...] = (
    r"revenues?", r"turnover", r"funding", r"raised", r"series\s+[a-f]", r"valuation", r"valued\s+at", r"budget",
    r"arr", r"market\s+cap(?:italization)?", r"assets", r"aum", r"investments?", r"invested", r"loans?",
    r"sales\s+of", r"in\s+sales", r"round", r"umsatz", r"chiffre\s+d'affaires", r"ingresos", r"营收", r"融资",
    r"売上", r"donations?", r"grants?", r"fund",
)
APPROX_WORDS: tuple[str, ...] = (
    r"approx(?:imately|\.)?", r"about", r"around", r"circa", r"iro", r"in\s+the\s+region\s+of", r"ca\.", r"c\.?(?=\s?[\d$€£¥₹])", r"~", r"≈",
    r"roughly", r"env\.", r"environ", r"aprox(?:imadamente|\.)?", r"约", r"約", r"ungefähr", r"etwa", r"rund",
    r"equivalent\s+to", r"equiv\.?", r"i\.?e\.?",
)
# Words that mark a salary context: mentions near them are preferred.
SALARY_WORDS: tuple[str, ...] = (
    r"salary", r"salaries", r"pay", r"paid", r"wages?", r"compensation", r"remuneration", r"rate", r"income",
    r"ctc", r"package", r"stipend", r"gehalt", r"vergütung", r"lohn", r"salaire", r"rémunération", r"salario",
    r"sueldo", r"salário", r"retribuzione", r"stipendio", r"salaris", r"wynagrodzenie", r"lön", r"lønn", r"løn",
    r"palkka", r"lương", r"gaji", r"maaş", r"薪", r"薪资", r"薪酬", r"工资", r"待遇", r"給与", r"給料", r"給",
    r"급여", r"연봉", r"راتب",
)
# Months of pay a year written in the text: "13薪", "14 Gehälter".
MONTHS_PER_YEAR_PATTERNS: tuple[str, ...] = (
    r"[·・x×*]?\s*(?:1[2-8])\s*薪",
    r"(?:1[2-8])\s*(?:monatsgehälter|gehälter|mal\s+(?:jährlich|im\s+jahr|pro\s+jahr)|"
    r"monthly\s+salaries|salaries|salários|mensualidades|pagas|mensilità|maandsalarissen|ヶ月分)",
    r"(?:1[3-8])(?:th|e|ème|\.)\s*(?:month(?:\s+(?:pay|salary|bonus))?|mois|monatsgehalt|mensilità|tháng)",
    r"(?:lương\s+tháng\s+)(?:1[3-8])",
)
# Numbers followed by these are counts, not money ("5 years", "team of 50").
NON_MONEY_UNITS: tuple[str, ...] = (
    r"years?", r"yrs?", r"days?", r"weeks?", r"months?", r"hours?", r"hrs", r"minutes?", r"people", r"persons?",
    r"employees", r"staff", r"members", r"candidates", r"positions", r"roles", r"vacancies", r"locations",
    r"offices", r"countries", r"stores", r"sites", r"beds", r"clients", r"customers", r"users", r"miles?", r"km",
    r"kms", r"mph", r"gb", r"mb", r"tb", r"stars?", r"points?", r"times", r"x", r"jahre?n?", r"monate?n?",
    r"tage?n?", r"stunden", r"wochen", r"ans?", r"mois", r"jours?", r"heures", r"años", r"meses", r"días",
    r"horas", r"anos", r"dias", r"anni", r"mesi", r"giorni", r"ore", r"lat", r"miesięcy", r"dni", r"år",
    r"månader", r"dagar", r"timmar", r"năm\s+kinh\s+nghiệm", r"tahun", r"bulan", r"hari", r"年(?!収|收|薪|俸)",
    r"个月", r"ヶ月", r"か月", r"天", r"人", r"名", r"歳", r"岁", r"년", r"개월", r"명", r"세", r"yıl", r"ay",
    r"gün", r"saat", r"applicants", r"followers", r"views", r"downloads", r"reviews", r"seats", r"beds",
    r"mitarbeiter(?:innen|n)?", r"mitarbeitende", r"salariés", r"collaborateurs", r"empleados", r"trabajadores",
    r"funcionários", r"colaboradores", r"dipendenti", r"medewerkers", r"werknemers", r"pracowników", r"osób",
    r"personer", r"anställda", r"ansatte", r"nhân\s+viên", r"người", r"karyawan", r"orang", r"çalışan", r"kişi",
    r"std\.?", r"uur", r"godzin", r"timer", r"countries", r"cities", r"languages", r"markets", r"brands",
    r"january", r"february", r"march", r"april", r"may", r"june", r"july", r"august", r"september", r"october",
    r"november", r"december", r"jan", r"feb", r"apr", r"jun", r"jul", r"aug", r"sept?", r"oct", r"nov", r"dec",
    r"januar", r"februar", r"märz", r"juni", r"juli", r"oktober", r"dezember", r"janvier", r"février", r"mars",
    r"avril", r"mai", r"juin", r"juillet", r"août", r"septembre", r"octobre", r"novembre", r"décembre",
    r"enero", r"febrero", r"marzo", r"abril", r"mayo", r"junio", r"julio", r"agosto", r"septiembre", r"octubre",
    r"noviembre", r"diciembre", r"月\d", r"日(?!給|薪)", r"号", r"回", r"次", r"倍",
)
# Numbers written right after these are grades, levels or counts, not money.
GRADE_WORDS = frozenset({
    "level", "lvl", "band", "grade", "step", "tier", "class", "stufe", "entgeltgruppe", "eg", "aps", "el",
    "phase", "room", "floor", "suite", "unit", "building", "no", "nr", "number", "version", "gen", "top",
    "year", "years", "week", "weeks", "day", "days", "hours", "hour", "team",
    "bac", "niveau", "nivel", "categoría", "categoria", "livello", "schaal", "trede", "route", "bus",
    "line", "gate", "platform", "page", "chapter", "section", "article", "rule", "item", "ref", "id", "job",
    "req", "requisition", "vacancy", "posting", "q", "h", "fy", "cohort", "batch", "sprint", "iso", "ieee", "rfc",
})
# A hyphen joining a count to its unit: "40-person team", "30-year-old".
HYPHEN_UNITS: tuple[str, ...] = (
    r"-\s?(?:person|people|strong|member|employee|seat|bed|year|hour|day|week|month|minute|mile|km|page|step)s?"
    r"(?![A-Za-z])",
)
# Patterns that look numeric but are never pay, matched before numbers.
NOISE_PATTERNS: tuple[str, ...] = (
    r"\b40[13]\s*\(?[kb]\)?",  # US retirement plans
    r"\b24\s*/\s*7\b",
    r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)(?![a-z])",  # times of day
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:h|uhr|hrs)?\b",
    r"\b24\s*x\s*7\b",
    r"\b9\s*-\s*to\s*-\s*5\b",
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b",  # international phone numbers
    r"\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b",
    r"\b\d{3}[.-]\d{3}[.-]\d{4}\b",
    r"\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b",  # national phone numbers with a trunk 0
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b",  # dates
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}\b(?!\s*(?:k|per|/|€|£|\$))",  # 2019-2020, 2023/24
    r"\b(?:q[1-4]|h[12]|fy)\s?'?\d{2,4}\b",
    r"\b\d+(?:[.,]\d+)?\s?%",
    r"\b\d+(?:st|nd|rd|th)\b(?!\s*month)",
    r"(?-i:\b[A-Z]{2}) \d{5}(?:-\d{4})?\b",  # US state and ZIP code
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?-i:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Parkway|Pkwy|Boulevard|Blvd"
    r"|Lane|Ln|Drive|Dr\.?|Way|Court|Ct|Place|Pl|Square|Sq|Highway|Hwy)\b",  # street addresses
    r"\b\d{1,3}\s*/\s*\d{1,3}(?=\s*(?:split|ratio|schedule|hybrid|rota))",
    r"\b(?:h-?1b|b2b|b2c|g5|o1|e2|w-?2|1099|k-?12|3d|2d|5g|4g|covid-19|iso\s?\d+|mp\d)\b",
)
# Texts that state that no amount is given, with the reason reported.
NO_SALARY_REASONS: dict[str, tuple[str, ...]] = {
    "negotiable": (
        r"negotiable", r"neg\.", r"ono", r"verhandlungsbasis", r"verhandelbar", r"nach\s+vereinbarung",
        r"à\s+négocier", r"négociable", r"a\s+convenir", r"negociable", r"a\s+combinar", r"negoziabile",
        r"面议", r"面議", r"薪资面议", r"要相談", r"応相談", r"협의", r"면접\s*후\s*결정", r"thỏa\s+thuận",
        r"thoả\s+thuận", r"thương\s+lượng", r"nego", r"pazarlık",
    ),
    "competitive": (
        r"competitive", r"attractive", r"excellent", r"market\s+rate", r"attraktiv", r"wettbewerbsfähig",
        r"compétitif", r"competitivo", r"atractivo", r"concorrenziale", r"竞争力", r"cạnh\s+tranh", r"kompetitif",
    ),
    "not_disclosed": (
        r"not\s+disclosed", r"undisclosed", r"not\s+specified", r"not\s+stated", r"confidential", r"n/?a",
        r"doe", r"d\.o\.e\.?", r"depending\s+on\s+experience", r"dependent\s+on\s+experience", r"tbc", r"tbd",
        r"k\.?\s?a\.?", r"nicht\s+angegeben", r"non\s+communiqué", r"no\s+especificado", r"不明", r"保密",
        r"회사\s*내규에\s*따름", r"내규",
    ),
    "unpaid": (r"unpaid", r"volunteer", r"voluntary", r"ehrenamtlich", r"bénévole", r"无薪"),
}
