"""Word tables of the parser: periods, ranges, open ends, roles, noise.

Each table maps a regular-expression fragment (case-insensitive, matched at
word edges by the lexer) to what it means. Adding a phrasing is one line.
"""

from __future__ import annotations

from typing import Literal

Period = Literal["hour", "day", "week", "fortnight", "semimonth", "month", "year"]
PERIODS: tuple[Period, ...] = ("hour", "day", "week", "fortnight", "semimonth", "month", "year")
# fortnight: two weeks ("biweekly", Australian "per fortnight"); semimonth: half a month,
# paid twice a month ("semi-monthly", Latin American "quincenal"). They are periods of
# their own so that "$2,500 bi-weekly" is not read as $2,500 a week.

# Period words that are also ordinary words ("kuus" is Estonian for six, "päevas" for "a day" of
# hours): they belong to an amount only when nothing but spaces or a sign stands between.
TIGHT_ONLY_PERIODS = frozenset({"kuus", "päevas", "naponta", "dnevno", "dienā", "stundā", "gadā", "aastas",
                                "b/a",  # Spanish boards' "bruto anual": "18.000€ b/a"
                                "日结", "日結", "周结", "周結", "週结", "週結", "月结", "月結",
                                # adjectives with the article or in the feminine describe the noun before them as often
                                # ("التقييم السنوي", annual review; "godišnja nagrada", annual bonus): they open a salary
                                # after a pay noun ("الراتب الشهري: 7000", "godišnja bruto plata: 1.800.000")
                                "السنوي", "السنوية", "الشهري", "الشهرية", "اليومي", "اليومية", "الأسبوعي", "الأسبوعية",
                                "الاسبوعي", "الاسبوعية", "godišnja", "godisnja", "годишња", "годишње", "mesečna", "mjesečna",
                                "месечна", "айына", "dnevnica", "dnevnice", "dnevnicu", "дневница", "дневнице", "дневницу"})

# Period phrases. A leading "/" form also covers "per"; order inside a list
# does not matter (the lexer sorts by length).
PERIOD_WORDS: dict[Period, tuple[str, ...]] = {
    "hour": (
        r"unit_?text[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?:hour(?:ly)?)",  # schema.org and feed fields: "unitText": "HOUR"
        r"kada\s{1,3}oras", r"bawat\s{1,3}oras", r"sejam",  # Filipino, Malay
        r"(?:compenso|paga|retribuzione|tariffa)\s{1,3}orari[oa]",  # Italian "compenso orario di 10 €"
        r"tímakaup", r"tímalaun", r"á\s{1,3}tímann",  # Icelandic
        r"timepris", r"timesats", r"timpris",  # no, sv a freelancer's hourly price: "Timepris: kr 850–1 000 eks. mva"
        r"kwa\s{1,3}saa(?!\s{0,3}\d)",  # Swahili (East African boards); "kwa saa 8" is eight hours
        r"per\s{1,3}hour", r"an?\s{1,3}hour", r"p\.?/?\s?hr?\.?", r"per\s{1,3}hr", r"/\s{0,3}(?:hour|hr|h)", r"hourly", r"hr",
        r"pro\s{1,3}stunde", r"/\s{0,3}std\.?", r"stundenlohn", r"die\s{1,3}stunde", r"(?:de\s{1,3}|à\s{1,3})?l['’]heure(?!\s{0,3}d['’]|\s{1,3}(?:de|du|des|à|a)\s)",  # not "l'heure d'arrivée", "l'heure de fin"
        r"l['’]heure\s{1,3}à(?=\s{0,3}\d)", r"par\s{1,3}heure",  # "l'heure à 11,88 €"
        r"/\s{0,3}heure", r"por\s{1,3}hora", r"/\s{0,3}hora", r"la\s{1,3}hora", r"all['’]ora", r"l['’]ora", r"per\s{1,3}uur", r"/\s{0,3}uur",
        r"/\s{0,3}godz\.?", r"za\s{1,3}godzinę", r"/\s{0,3}tim", r"i\s{1,3}timmen", r"/\s{0,3}giờ", r"per\s{1,3}jam", r"/\s{0,3}jam",
        r"時給", r"時間給", r"時間額", r"时薪", r"時薪", r"每小[时時](?=\s{0,2}(?:工资|薪资|薪水)?\s{0,2}(?:[$¥￥€£]|HK\$|NT\$)?\s?\d)", r"(?<=[\dkK万千元块])每小[时時]", r"/\s{0,3}小时", r"/\s{0,3}时", r"بالساعة", r"ساعتی", r"प्रति\s{1,3}घंटा", r"في\s{1,3}الساعة", r"/\s{0,3}時間?", r"시급", r"saatlik", r"/\s{0,3}saat",
        r"(?:brutto)?stundenlohn", r"tim(?:e)?l(?:ø|ö|o)nn?", r"i\s{1,3}timen", r"/\s{0,3}t", r"tunnissa", r"/\s{0,3}tunti", r"p/h",
        r"per\s{1,3}uur", r"uurloon", r"stawka\s{1,3}godzinowa", r"uurtarief", r"stundensatz", r"/\s{0,3}timme", r"per\s{1,3}timme",
        r"timpris", r"timarvode", r"tarif\s{1,3}horaire", r"taux\s{1,3}horaire",
        r"לשעה", r"pr\.?\s{1,3}time", r"per\s{1,3}time", r"/\s{0,3}time", r"в\s{1,3}час", r"за\s{1,3}час", r"/\s{0,3}час", r"на\s{1,3}годину", r"за\s{1,3}годину", r"/\s{0,3}ชั่วโมง", r"ต่อชั่วโมง", r"(?:ค่า(?:แรง|จ้าง)\s?)?(?:ชั่วโมงละ|รายชั่วโมง)",
        # cs/sk, hu, sr/hr/sl, et, lt, lv, fi, el, ka, hy, bg, it/ro
        r"/\s{0,3}hod\.?", r"za\s{1,3}hodinu", r"na\s{1,3}hodinu", r"/\s{0,3}óra", r"óránként", r"órabér", r"po\s{1,3}satu",
        r"na\s{1,3}sat", r"/\s{0,3}sat", r"na\s{1,3}uro", r"/\s{0,3}uro", r"tunnitasu", r"tunnis", r"/\s{0,3}val\.?",
        r"per\s{1,3}valandą", r"stundā", r"tuntipalkka", r"tunnipalk", r"ωρομίσθιο", r"ανά\s{1,3}ώρα", r"την\s{1,3}ώρα", r"/\s{0,3}ώρα",
        r"საათში", r"ժամում", r"на\s{1,3}час", r"/\s{0,3}ora", r"pe\s{1,3}or[aă]", r"soatiga", r"соатига",
        r"በሰዓት", r"ku\s{1,3}isaha", r"පැයකට",  # Amharic, Kinyarwanda, Sinhala
        r"ក្នុងមួយម៉ោង", r"ຕໍ່ຊົ່ວໂມງ", r"တစ်နာရီ", r"цагийн\s{1,3}(?:цалин|хөлс)", r"дар\s{1,3}як\s{1,3}соат",  # Khmer, Lao, Burmese, Mongolian, Tajik
    ),
    "day": (
        r"unit_?text[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?:day|daily)",
        r"(?:rémunération|salaire|paie|taux)\s{1,3}journali(?:er|ère)",  # French "rémunération journalière"
        r"sehari", r"(?:(?:gaji|upah)\s{1,3})?harian", r"kada\s{1,3}araw", r"bawat\s{1,3}araw", r"يومي(?:ة|اً|ا)?", r"یومیہ", r"দৈনিক", r"ליום",  # Malay, Filipino, Arabic, Persian, Urdu, Bengali, Hindi, Hebrew
        r"dagsats", r"dagl(?:ø|ö|o)nn?", r"dagslön",  # Nordic day rates
        r"kwa\s{1,3}siku", r"kila\s{1,3}siku",  # Swahili (East African boards)
        r"per\s{1,3}day", r"an?\s{1,3}day", r"/\s{0,3}day", r"daily", r"(?:per\s{1,3}|/\s{0,3})man[\s-]?days?",
        r"p\.d\.", r"per\s{1,3}diem", r"pro\s{1,3}tag", r"/\s{0,3}tag",
        r"(?<!kr\.)(?<!kr)(?:/\s{0,3}|(?:per|za|na)\s{1,3})(?-i:MD)",  # cs/sk "5 500 Kč/MD", "cena za MD": a man-day
        # (člověkoden); not Danish "KR./MD." (måned) in capitals
        r"tagessatz", r"par\s{1,3}jour", r"/\s{0,3}jour", r"/\s{0,3}j", r"por\s{1,3}d[ií]a", r"/\s{0,3}d[ií]a", r"al\s{1,3}d[ií]a", r"per\s{1,3}dag",
        r"/\s{0,3}dzień", r"dziennie", r"diarios?", r"diári[oa]s?", r"por\s{1,3}dia", r"/\s{0,3}ngày", r"per\s{1,3}hari", r"/\s{0,3}hari", r"日給", r"日薪", r"/\s{0,3}天",
        r"/\s{0,3}日", r"每[天日](?=\s{0,2}(?:工资|薪资|薪水)?\s{0,2}(?:[$¥￥€£]|HK\$|NT\$)?\s?\d)", r"(?<=[\dkK万千元块])每[天日]", r"일급", r"일당", r"günlük", r"tjm", r"taux\s{1,3}journalier(?:\s{1,3}moyen)?", r"dagtarief",
        r"tagessatz", r"day\s{1,3}rate", r"p/d", r"pd", r"stawka\s{1,3}dzienna", r"dagspris", r"dagarvode",
        r"tarif\s{1,3}journalier", r"日額",
        r"por\s{1,3}jornada", r"(?:paga|retribuzione|compenso)\s{1,3}giornalier[ao]", r"denn[íá]\s{1,3}sazb[ay]", r"denn[áa]\s{1,3}sadzb[ay]",
        r"يومي(?:اً|ا|ًا)?", r"روزانه", r"प्रति\s{1,3}दिन", r"दैनिक", r"في\s{1,3}اليوم", r"باليوم", r"в\s{1,3}день", r"за\s{1,3}день", r"/\s{0,3}день", r"на\s{1,3}день", r"/\s{0,3}วัน", r"ต่อวัน", r"(?:ค่า(?:แรง|จ้าง)\s?)?วันละ", r"ค่าแรงรายวัน", r"ค่าจ้างรายวัน",
        r"al\s{1,3}giorno", r"/\s{0,3}giorno", r"giornalier[oa]", r"ημερομίσθιο", r"την\s{1,3}ημέρα", r"ανά\s{1,3}ημέρα",
        r"/\s{0,3}ημέρα", r"päevapalk", r"/\s{0,3}deň", r"/\s{0,3}den", r"za\s{1,3}den", r"päevas", r"dienā", r"per\s{1,3}dieną",
        r"pe\s{1,3}zi", r"/\s{0,3}zi", r"naponta", r"/\s{0,3}nap", r"dnevno", r"na\s{1,3}dan", r"/\s{0,3}dan", r"päivässä",
        r"päiväpalkka", r"на\s{1,3}ден", r"/\s{0,3}ден", r"kuniga", r"кунига",
        r"日[结結](?=[,，]?\s{0,3}(?:工资|薪资|薪水)?\s{0,3}\d)", r"(?<=[\d元块])日[结結]",  # zh "日结150元", "150元日结": paid by the day; not "日结 时薪22元"
        r"اليومي(?:ة)?", r"በቀን", r"ku\s{1,3}munsi", r"දෛනික", r"தினசரி",  # Arabic, Amharic, Kinyarwanda, Sinhala, Tamil
        r"ក្នុងមួយថ្ងៃ", r"ຕໍ່ມື້", r"တစ်ရက်(?=\s{0,3}\d)", r"өдрийн\s{1,3}цалин", r"өдрийн(?=\s{0,3}\d[\d.,]*\s?(?:₮|төг))", r"дар\s{1,3}як\s{1,3}рӯз", r"күнүнө(?=\s{0,3}\d)",  # Khmer, Lao, Burmese, Mongolian, Tajik, Kyrgyz
        r"dnevnic[aeu]", r"дневниц[аеу]",  # sr/hr/bs a day's wage ("Berba malina, dnevnica 4.000 dinara"), or a per diem
    ),
    "week": (
        r"unit_?text[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?:week(?:ly)?)",
        r"/\s{0,3}minggu", r"per\s{1,3}minggu", r"mingguan", r"kila\s{1,3}wiki",
        r"seminggu", r"kada\s{1,3}linggo", r"أسبوعي(?:اً|ا)?", r"לשבוע",  # Malay, Filipino, Turkish, Arabic, Hebrew
        r"kwa\s{1,3}wiki",  # Swahili (East African boards)
        r"per\s{1,3}week", r"an?\s{1,3}week", r"/\s{0,3}(?:week|wk)", r"weekly", r"p\.?w\.?", r"pro\s{1,3}woche", r"/\s{0,3}woche",
        r"wöchentlich", r"par\s{1,3}semaine", r"por\s{1,3}semana", r"semanal(?:es)?", r"semanais", r"a\s{1,3}la\s{1,3}semana", r"/\s{0,3}tuần", r"周薪", r"/\s{0,3}周",
        r"週給", r"주급", r"每[周週](?=\s{0,2}(?:工资|薪资|薪水)?\s{0,2}(?:[$¥￥€£]|HK\$|NT\$)?\s?\d)", r"(?<=[\dkK万千元块])每[周週]", r"haftalık", r"p/w",
        r"в\s{1,3}неделю", r"за\s{1,3}неделю", r"/\s{0,3}нед\.?", r"на\s{1,3}тиждень", r"за\s{1,3}тиждень", r"ต่อสัปดาห์",
        r"[周週][结結](?=[,，]?\s{0,3}(?:工资|薪资|薪水)?\s{0,3}\d)", r"(?<=[\d元块])[周週][结結]",  # zh: paid by the week
        r"ال[أا]سبوعي(?:ة)?", r"اسبوعي(?:اً|ا)?", r"በሳምንት", r"ku\s{1,3}cyumweru",  # Arabic, Amharic, Kinyarwanda
    ),
    "fortnight": (
        r"per\s{1,3}fortnight", r"an?\s{1,3}fortnight", r"/\s{0,3}fortnight", r"fortnightly", r"bi-?weekly",
        r"every\s{1,3}(?:two|2|other)\s{1,3}weeks?", r"per\s{1,3}(?:two|2)\s{1,3}weeks", r"/\s{0,3}2\s{0,3}(?:weeks|wks)",
        r"par\s{1,3}quinzaine", r"14-?tägig", r"alle\s{1,3}(?:zwei|2)\s{1,3}wochen", r"cada\s{1,3}(?:dos|2)\s{1,3}semanas",
    ),
    "semimonth": (
        r"semi-?monthly", r"twice\s{1,3}(?:a|per)\s{1,3}month", r"twice\s{1,3}monthly", r"per\s{1,3}cut-?off",
        r"quincenal(?:es|mente)?", r"por\s{1,3}quincena", r"/\s{0,3}quincena", r"a\s{1,3}la\s{1,3}quincena",
        r"semi-?mensual(?:es)?", r"kinsenas",
    ),
    "month": (
        r"unit_?text[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?:month(?:ly)?)",
        r"mujore", r"në\s{1,3}muaj",  # Albanian, Armenian
        r"kada\s{1,3}buwan", r"bawat\s{1,3}buwan", r"sebulan", r"ماہوار", r"মাসিক", r"/\s{0,3}माह",  # Filipino, Malay, Urdu, Bengali, Hindi
        r"pr\.?\s{1,3}mnd\.?", r"pr\.?\s{1,3}md\.?", r"/\s{0,3}mnd\.?", r"á\s{1,3}mánuði", r"mánaðarlaun", r"kuussa", r"mēnešalga",  # Nordic and Baltic
        r"kwa\s{1,3}mwezi",  # Swahili (East African boards)
        r"per\s{1,3}month", r"an?\s{1,3}month", r"/\s{0,3}(?:month|mo|mth)", r"monthly", r"monthy", r"montly", r"p\.?c?m\.?", r"per\s{1,3}mensem",
        r"pro\s{1,3}monat", r"im\s{1,3}monat", r"/\s{0,3}monat", r"monatlich", r"monatsgehalt", r"par\s{1,3}mois", r"/\s{0,3}mois?(?![^\W\d_])",
        r"mensuel(?:le)?s?", r"por\s{1,3}mes", r"al\s{1,3}mes", r"/\s{0,3}mes", r"mensual(?:es)?", r"por\s{1,3}mês", r"/\s{0,3}mês",
        r"mensais", r"mensal", r"al\s{1,3}mese", r"/\s{0,3}mese", r"mensili", r"per\s{1,3}maand", r"/\s{0,3}maand",
        r"miesięcznie", r"/\s{0,3}mies\.?", r"/\s{0,3}msc", r"na\s{1,3}miesiąc", r"per\s{1,3}månad", r"/\s{0,3}mån(?:ad(?:en)?)?", r"i\s{1,3}månaden",
        r"pr\.?\s{1,3}måned", r"per\s{1,3}måned", r"/\s{0,3}md\.?", r"/\s{0,3}tháng", r"một\s{1,3}tháng", r"per\s{1,3}bulan", r"/\s{0,3}bulan",
        r"/\s{0,3}bln", r"月給", r"月给", r"月薪", r"月収", r"月收入?", r"/\s{0,3}月", r"每月", r"월급", r"/\s{0,3}월", r"월",
        r"aylık", r"/\s{0,3}ay", r"per\s{1,3}calendar\s{1,3}month", r"p\.?/m\.?", r"(?:brutto)?monats(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?",
        r"bruttomonatsgehalt", r"månadslön", r"m(?:å|a)nedsl(?:ø|o)nn?", r"om\s{1,3}måneden", r"i\s{1,3}måneden",
        r"/\s{0,3}kk", r"kuukaudessa", r"kuukausipalkka", r"/\s{0,3}kuukausi", r"maandsalaris", r"maandloon",
        r"par\s{1,3}mois", r"mensuellement", r"al\s{1,3}mese", r"mensile", r"mensilmente", r"lương\s{1,3}tháng",
        r"в\s{1,3}месяц", r"в\s{1,3}мес\.?", r"за\s{1,3}месяц", r"/\s{0,3}мес\.?", r"/\s{0,3}месяц", r"ежемесячно",
        r"на\s{1,3}місяць", r"за\s{1,3}місяць", r"/\s{0,3}міс\.?", r"щомісяця", r"/\s{0,3}เดือน", r"ต่อเดือน", r"(?:ค่า(?:แรง|จ้าง)\s?)?(?:เดือนละ|รายเดือน)", r"เงินเดือน", r"לחודש", r"בחודש", r"شهري(?:اً|ا|ًا)?", r"ماهانه", r"ماهیانه", r"ماہانہ", r"mahana", r"(?:per\s{1,3})?mahina", r"در\s{1,3}ماه", r"प्रति\s{1,3}माह", r"प्रति\s{1,3}महीना", r"मासिक", r"في\s{1,3}الشهر", r"بالشهر",
        r"měsíčně", r"/\s{0,3}měsíc", r"/\s{0,3}měs\.?", r"za\s{1,3}měsíc", r"havonta", r"/\s{0,3}hó", r"月額", r"havi", r"lunar", r"pe\s{1,3}lună", r"/\s{0,3}lună",
        r"/\s{0,3}mesiac", r"mesačne", r"za\s{1,3}mesiac", r"mesečno", r"mjesečno", r"na\s{1,3}mesec", r"/\s{0,3}mesec",
        r"/\s{0,3}mj\.?", r"на\s{1,3}месец", r"/\s{0,3}месец", r"месечно", r"kuus", r"kuupalk", r"/\s{0,3}kuu",
        r"mēnesī", r"/\s{0,3}mēn\.?", r"/\s{0,3}mėn\.?", r"per\s{1,3}mėnesį", r"/\s{0,3}μήνα", r"το\s{1,3}μήνα",
        r"τον\s{1,3}μήνα", r"ανά\s{1,3}μήνα", r"μηνιαίως", r"μηνιαί(?:ος|α|ες|ο)", r"თვეში", r"ամսական",
        r"bruto-?maandsalaris", r"bruto-?maandloon",
        r"月入", r"月[结結](?=[,，]?\s{0,3}(?:工资|薪资|薪水)?\s{0,3}\d)", r"(?<=[\d元块])月[结結]",  # zh "月入6000+": monthly income
        # ja/zh "月30万", "月1.5万", "月8000元": a month's pay; not the month of a date ("3月5日") nor a pay day ("毎月25日")
        r"(?<!\d)(?<![毎每])月(?=\s?\d[\d.,]*\s?[万萬千kK円元])", r"毎月(?=\s{0,2}\d)",
        r"mesečna", r"mjesečna", r"месечна",  # sr/hr "mesečna plata"
        r"الشهري(?:ة)?", r"ወርሃዊ", r"በወር", r"(?:ku|buri|mu)\s{1,3}kwezi", r"மாதாந்தம்", r"மாதாந்த", r"மாத\s{1,3}சம்பளம்", r"மாதத்திற்கு",
        r"මාසික", r"මසකට",  # Arabic, Amharic, Kinyarwanda, Tamil, Sinhala
        r"ក្នុងមួយខែ", r"ຕໍ່ເດືອນ", r"/\s{0,3}ເດືອນ", r"တစ်လ(?:လျှင်)?", r"сарын\s{1,3}цалин", r"сарын(?=\s{0,3}\d[\d.,\s]*(?!\s?-н)(?:₮|төг|сая|$|\s))", r"дар\s{1,3}як\s{1,3}моҳ", r"моҳона",
        r"айына", r"у\s{1,3}месяц", r"на\s{1,3}месяц",  # Khmer, Lao, Burmese, Mongolian, Tajik, Kyrgyz, Belarusian
    ),
    "year": (
        r"unit_?text[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?:year(?:ly)?|annual(?:ly)?)",
        r"l['’]an(?!\s{1,3}(?:dernier|prochain|pass[ée]))",  # French "2.400.000 FCFA l'an"
        r"setahun", r"kada\s{1,3}taon", r"বার্ষিক", r"सालाना",  # Malay, Filipino, Bengali, Hindi
        r"i\s{1,3}året", r"årligt?", r"árslaun", r"á\s{1,3}ári",  # Nordic
        r"kwa\s{1,3}mwaka",  # Swahili (East African boards)
        r"per\s{1,3}annum", r"per\s{1,3}anum", r"p\.\s?a\.?", r"pa", r"/\s{0,3}annum", r"annum", r"per\s{1,3}year", r"an?\s{1,3}year",
        r"/\s{0,3}(?:year|yr)", r"yearly", r"annual(?:ly)?", r"pro\s{1,3}jahr", r"im\s{1,3}jahr", r"/\s{0,3}jahr", r"jährlich",
        r"jahresgehalt", r"par\s{1,3}an", r"/\s{0,3}an", r"annuel(?:le)?s?", r"por\s{1,3}año", r"al\s{1,3}año", r"/\s{0,3}año",
        r"anual(?:es)?", r"b/a", r"por\s{1,3}ano", r"ao\s{1,3}ano", r"/\s{0,3}ano", r"anuais", r"all['’]anno", r"annu[io]", r"ral",
        r"per\s{1,3}jaar", r"/\s{0,3}jaar", r"rocznie", r"/\s{0,3}rok", r"per\s{1,3}år", r"/\s{0,3}år", r"om\s{1,3}året", r"pr\.?\s{1,3}år",
        r"/\s{0,3}năm", r"per\s{1,3}tahun", r"/\s{0,3}tahun", r"年収", r"年收入?", r"年薪", r"年俸", r"/\s{0,3}年", r"연봉",
        r"/\s{0,3}년", r"yıllık", r"par\s{1,3}année", r"/\s{0,3}année", r"annuellement", r"(?:brutto)?jahres(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?",
        r"bruttojahresgehalt", r"årslön", r"årsl(?:ø|o)nn?", r"om\s{1,3}året", r"vuodessa", r"vuosipalkka", r"/\s{0,3}v",
        r"jaarsalaris", r"jaarloon", r"all['’]anno", r"lordi\s{1,3}annui", r"annui\s{1,3}lordi", r"per\s{1,3}year",
        r"לשנה", r"בשנה", r"سنوي(?:اً|ا|ًا)?", r"سالانه", r"प्रति\s{1,3}वर्ष", r"वार्षिक", r"في\s{1,3}السنة", r"بالسنة", r"в\s{1,3}год", r"за\s{1,3}год", r"в\s{1,3}рік", r"на\s{1,3}рік", r"за\s{1,3}рік", r"/\s{0,3}ปี", r"ต่อปี",
        r"ročně", r"/\s{0,3}rok", r"évente", r"/\s{0,3}év", r"anual", r"pe\s{1,3}an",
        r"ročne", r"godišnje", r"godisnje", r"letno", r"na\s{1,3}godinu", r"годишно", r"на\s{1,3}година", r"aastas", r"gadā",
        r"per\s{1,3}metus", r"/\s{0,3}metus", r"aastapalk", r"aastatasu", r"ετήσι(?:ος|α|ες|ο)", r"ετησίως", r"τον\s{1,3}χρόνο", r"το\s{1,3}χρόνο",
        r"წელიწადში", r"տարեկան", r"bruto-?jaarsalaris", r"bruto-?jaarloon",
        r"年入", r"每年(?=\s{0,2}(?:工资|薪资|薪水)?\s{0,2}(?:[$¥￥€£]|HK\$|NT\$)?\s?\d)", r"(?<=[\dkK万千元块])每年",  # zh: yearly income, every year
        r"godišnja", r"godisnja", r"годишња", r"годишње",  # sr/hr "godišnja bruto plata"; not "godišnji odmor" (leave)
        r"السنوي(?:ة)?", r"ዓመታዊ", r"በዓመት", r"ku\s{1,3}mwaka", r"වාර්ෂික", r"ஆண்டுக்கு", r"வருடாந்த",  # Arabic, Amharic, Kinyarwanda, Sinhala, Tamil
        r"ក្នុងមួយឆ្នាំ", r"ຕໍ່ປີ", r"တစ်နှစ်", r"жилийн\s{1,3}цалин", r"жилийн(?=\s{0,3}\d[\d.,]*\s?(?:₮|төг|сая))", r"дар\s{1,3}як\s{1,3}сол", r"у\s{1,3}год",  # Khmer, Lao, Burmese, Mongolian, Tajik, Belarusian
    ),
}

# Pay per piece of work rather than per time: no period can be inferred.
PIECE_WORDS: tuple[str, ...] = (
    r"(?:per|/|a|an)\s{0,3}(?:batch|shift|project|session|class|lesson|visit|article|word|piece|delivery|call|"
    r"task|assignment|gig|patient|student|sale|lead|appointment|mile|km|page|video|post|unit|job|case|night)",
    r"(?:per|/)\s{0,3}(?:stop|load|drop)", r"cpm",  # trucking: per stop or load; cents per mile
    r"pro\s{1,3}(?:schicht|projekt|einsatz|stück)", r"par\s{1,3}(?:mission|séance|cours|projet)",
    r"por\s{1,3}(?:proyecto|sesión|clase|turno)", r"/\s{0,3}(?:ca|ca\s{1,3}làm|buổi)", r"每单", r"/\s{0,3}单", r"/\s{0,3}件",
)

# Period words that may stand before the amount ("年収500万円", "Monthly: $5k").
PREFIX_PERIODS: tuple[str, ...] = (
    r"年収", r"年收入?", r"年薪", r"年俸", r"月給", r"月给", r"月薪", r"月収", r"月收入?", r"時給", r"时薪", r"時薪",
    r"日給", r"日薪", r"연봉", r"월급", r"시급", r"일급", r"월", r"每月", r"ral", r"tjm",
    r"taux\s{1,3}journalier(?:\s{1,3}moyen)?", r"day\s{1,3}rate", r"hourly", r"annual(?:ly)?", r"monthly", r"yearly", r"daily",
    r"weekly", r"(?:brutto)?jahres(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?", r"bruttojahresgehalt",
    r"(?:brutto)?monats(?:brutto)?(?:gehalt|lohn|vergütung|einkommen)?", r"bruttomonatsgehalt",
    r"(?:brutto)?stundenlohn", r"tagessatz", r"månadslön", r"m(?:å|a)nedsl(?:ø|o)nn?", r"årslön", r"årsl(?:ø|o)nn?",
    r"tim(?:e)?l(?:ø|ö|o)nn?", r"kuukausipalkka", r"vuosipalkka", r"maandsalaris", r"jaarsalaris", r"uurloon",
    r"timepris", r"timesats", r"timpris",
    r"dagsats", r"dagl(?:ø|ö|o)nn?", r"dagslön", r"tímakaup", r"tímalaun", r"mánaðarlaun", r"árslaun", r"mēnešalga",
    r"aylık", r"yıllık", r"saatlik", r"günlük", r"lương\s{1,3}tháng", r"dagtarief", r"(?:compenso|paga|retribuzione|tariffa)\s{1,3}orari[oa]",
    r"haftalık", r"mujore", r"يومي(?:ة|اً|ًا|ا)?", r"سنوي(?:اً|ًا|ا)?", r"شهري(?:اً|ًا|ا)?", r"(?:rémunération|salaire|paie|taux)\s{1,3}journali(?:er|ère)", r"روزانه", r"یومیہ", r"দৈনিক", r"दैनिक", r"মাসিক", r"বার্ষিক", r"सालाना", r"ماہوار",
    r"週給", r"주급", r"周薪", r"일당", r"เงินเดือน", r"ค่าจ้างรายวัน",
    r"(?:gaji|upah)\s{1,3}harian",  # id "Gaji harian Rp 150.000": the daily wage
    # th "per day / month / hour", often glued to the wage word before them: "ค่าแรงวันละ 380 บาท", "เดือนละ 20,000 บาท"
    r"(?:ค่า(?:แรง|จ้าง)\s?)?(?:วันละ|เดือนละ|รายเดือน|ชั่วโมงละ|รายชั่วโมง)", r"ค่าแรงรายวัน",
    r"mensual(?:es)?", r"mensal", r"mensuel(?:le)?", r"mensile", r"ماهیانه", r"ماہانہ", r"anual(?:es)?", r"annuel(?:le)?", r"annuo",
    r"semanal(?:es)?", r"fortnightly", r"miesięcznie", r"månadslön", r"ежемесячно", r"मासिक", r"वार्षिक", r"ماهانه",
    r"stawka\s{1,3}(?:godzinowa|dzienna)", r"timpris", r"timarvode", r"dagspris", r"dagarvode", r"uurtarief",
    r"stundensatz", r"tarif\s{1,3}(?:journalier|horaire)", r"taux\s{1,3}horaire", r"日額", r"月額", r"時間額",
    r"(?:paga|retribuzione|compenso)\s{1,3}giornalier[ao]", r"denn[íá]\s{1,3}sazb[ay]", r"denn[áa]\s{1,3}sadzb[ay]",
    r"tuntipalkka", r"päiväpalkka", r"tunnitasu", r"kuupalk", r"aastapalk", r"aastatasu", r"päevapalk", r"tunnipalk", r"órabér", r"ωρομίσθιο", r"ημερομίσθιο",
    r"ετήσι(?:ος|α|ες|ο)", r"μηνιαί(?:ος|α|ες|ο)", r"bruto-?jaarsalaris", r"bruto-?maandsalaris", r"bruto-?maandloon",
    r"bruto-?jaarloon", r"տարեկան", r"ամսական", r"kuniga", r"кунига", r"soatiga", r"соатига",
    r"日[结結]", r"[周週][结結]", r"月入", r"年入", r"月[结結]", r"月", r"毎月", r"每小[时時]", r"每[天日]", r"每[周週]", r"每年", r"godišnja", r"godisnja", r"годишња", r"годишње", r"mesečna", r"mjesečna",
    r"месечна", r"ال(?:[أا]سبوعي|شهري|سنوي|يومي)(?:ة)?", r"ወርሃዊ", r"ዓመታዊ", r"மாதாந்தம்", r"மாதாந்த", r"மாத\s{1,3}சம்பளம்",
    r"வருடாந்த", r"தினசரி", r"දෛනික", r"මාසික", r"වාර්ෂික", r"တစ်လ(?:လျှင်)?", r"တစ်ရက်", r"сарын\s{1,3}цалин", r"өдрийн\s{1,3}цалин", r"цагийн\s{1,3}(?:цалин|хөлс)",
    r"жилийн\s{1,3}цалин", r"сарын", r"өдрийн", r"жилийн",
    r"дар\s{1,3}як\s{1,3}моҳ", r"моҳона", r"айына", r"күнүнө", r"dnevnic[aeu]", r"дневниц[аеу]",
)

# Range connectors between two amounts.
RANGE_WORDS: tuple[str, ...] = (
    r"-", r"–", r"—", r"−", r"~", r"〜", r"～", r"to", r"till", r"through", r"bis", r"à", r"a", r"até", r"al", r"ad",
    r"至", r"到", r"and", r"und", r"et", r"y", r"e", r"en", r"tot", r"(?<!can\s)(?<!could\s)(?<!will\s)(?<!would\s)do", r"till", r"đến", r"hingga", r"sampai",
    r"ile(?=\s{1,3}\d[^\n]{0,24}?aras[ıi])",  # tr "25.000 ile 30.000 TL arası"
    r"から(?=\s{0,2}\d)", r"에서(?=\s{0,2}\d)",  # ja "500万円から700万円まで", ko "3,600만원에서 4,200만원 사이"
    # Hinglish "15k se 20k tak", "25,000 se 35,000 mahina": "to" before an amount that a Hindi word ends
    r"se(?=\s{1,3}(?:₹|rs\.?\s?)?\d[\d.,]*\s?[kK]?\s{1,3}(?:tak|mahina|mahine|monthly|per|rupees?|rs)(?![^\W\d_]))",
    r"ve", r"до", r"по", r"până\s{1,3}la", r"až", r"til", r"līdz",
    r"s\s?/\s?d", r"s\.d\.", r"sampai\s{1,3}dengan", r"ถึง", r"hanggang", r"سے", r"से", r"থেকে", r"देखि(?=\s{0,3}\d)", r"deri\s{1,3}n[eë]", r"deri", r"да", r"မှ", r"لـ", r"עד",
    r"(?<=\s)و(?=\s)",  # ar "بين 4000 و 6000"
    r"إلى", r"الى", r"la", r"تا", r"iki", r"și", r"şi", r"si",
    # French and Italian recruiters' slash between two amounts that share the right end's thousands: "35/40K€", "RAL 28/32k"
    r"(?<=(?<![\d/.,])\d\d)/(?=\d\d\s?[kK](?![^\W\d_]))",
    # a contractor's day or hourly range with one sign: "£350/400 per day", "€45/50 ph", "£45,000/50,000" (the parser
    # checks that the right end is above the left and at most twice it)
    r"(?:(?<=[$€£]\d\d)|(?<=[$€£]\d\d\d)|(?<=[$€£]\d\d,\d\d\d)|(?<=[$€£]\d\d\d,\d\d\d))/(?=\d[\d,]*(?![\d/]|[.,]\d))",
    # and two grouped or two decimal amounts: "45.000/55.000 € brutto", "€ 3.800/4.400 bruto", "£12.50/13.75 p/h"
    r"(?:(?<=\d[.,]\d\d\d)|(?<=[$€£]\d[.,]\d\d)|(?<=[$€£]\d\d[.,]\d\d))/(?=\d{1,3}[.,]\d\d\d?(?![\d/]|[.,]\d))",
)
# "and"-like connectors form a range only after a "between" word.
AND_WORDS = frozenset({"and", "und", "et", "y", "e", "en", "ve", "la", "și", "şi", "si", "و"})  # ro "de la X la Y"
# Connectors that are also common words: only between two amounts.
# "iki" is Lithuanian "to" after "nuo" and Turkish "two": "iki 30.000 TL maaş"
WEAK_RANGE_WORDS = frozenset({"al", "e", "en", "do", "ad", "до", "по", "إلى", "الى", "iki", "لـ", "да", "deri"})
# "od 1 200 zł" alone is "from"; "od X do Y" a range.
BETWEEN_ALSO_FROM = frozenset({"od", "од", "từ", "от", "від", "de la", "من", "از", "nga", "ад"})
BETWEEN_WORDS: tuple[str, ...] = (
    r"between", r"zwischen", r"entre", r"tussen", r"mellan", r"tra", r"od", r"từ", r"nga(?=\s{1,3}[$€]?\s?\d[\d.,\s]*(?:mij[eë]|deri|lek|all\b|€|eur|$|\n|[,;](?!\d)))", r"ад(?=\s{1,3}\d)", r"antara", r"arası", r"între", r"intre", r"од", r"de\s{1,3}la", r"de", r"от", r"від", r"من", r"از", r"بين",
)

# Open lower bound written before the amount ("from 30k") or after it ("30k+").
FROM_WORDS: tuple[str, ...] = (
    r"from", r"starting\s{1,3}(?:at|from)", r"starts?\s{1,3}at", r"min\.?", r"minimum",
    r"at\s{1,3}least", r"ab", r"mind\.?",
    r"min(?:imum)?(?:[\s_-]?(?:pay|base|hourly))?[\s_-]?(?:value|amount|rate|salary|pay)",  # feed fields: "minValue: 50000", "minimum_pay_amount"
    r"da", r"dal", r"van", r"vanaf", r"apartir\s{1,3}de",  # "Apartir de $35,000", typed as one word
    r"à\s{1,3}partir\s{1,3}de", r"dès", r"desde", r"a\s{1,3}partir\s{1,3}de", r"vanaf", r"från", r"fra", r"od", r"từ",
    r"ขั้นต่ำ",  # th "ขั้นต่ำ 20,000 บาท/เดือน": a minimum
    r"mulai", r"mindestens", r"minimaal", r"minimal", r"mínimo", r"minimo", r"minimalnie", r"minimálne", r"minimálně", r"najmenej", r"nejméně", r"起薪", r"起步", r"최소", r"最低", r"от", r"від", r"не\s{1,3}менее", r"tối\s{1,3}thiểu", r"เริ่มต้น",
    r"alk\.",  # fi "tuntipalkka alk. 12,50€/h": "alkaen" cut short, before the amount
    r"alates", r"alkaen", r"nuo", r"lägst", r"vähintään", r"frá", r"mulai\s{1,3}dari", r"ไม่ต่ำกว่า", r"mula", r"en\s{1,3}az", r"החל\s{0,3}מ[-־]?",
    r"(?-i:no)(?=\s\d[\d\s.,]*\s?(?:līdz\s\d[\d\s.,]*\s?)?(?:eur|€|eiro)(?![^\W\d_]))",  # lv "no 1200 EUR"; not English "no"
    r"από", r"أكثر\s{1,3}من", r"اكثر\s{1,3}من", r"περισσότερο\s{1,3}από",
    r"nga(?=\s{1,3}[$€]?\s?\d[\d.,\s]*(?:mij[eë]|deri|lek|all\b|€|eur|$|\n|[,;](?!\d)))", r"ад(?=\s{1,3}\d)", r"аз(?=\s{0,3}\d)",  # sq "nga 90.000 deri në 120.000", be "ад 2 500", tg "аз 2000"
)
FROM_SUFFIXES: tuple[str, ...] = (
    r"or\s{1,3}more", r"and\s{1,3}above", r"upwards", r"plus(?=\s{0,3}$)", r"以上", r"起", r"以上", r"이상",
    r"trở\s{1,3}lên", r"und\s{1,3}mehr", r"et\s{1,3}plus", r"或以上", r"ขึ้นไป", r"فأكثر", r"وأكثر",
    r"-t[óő]l",  # hu "650 ezer Ft-tól"
    r"alkaen",  # fi "3 000 € alkaen"
    r"minimum(?!\s{1,3}(?:de|of|wage|salary))",  # "90 000 FCFA minimum"
    r"pataas",  # fil "Mula ₱14,000 pataas"
    r"boshlab", r"დან",  # uz "4 mln so'mdan boshlab", ka "1000 ლარიდან": from
    r"देखि(?!\s{0,3}\d)", r"से\s{1,3}शुरू",
    r"-?დან", r"(?<=դրամ)ից", r"-?d[ae]n\s{1,3}başlayaraq", r"(?<=[$₽₼₸]\s)dan(?=\s{1,3}(?:boshlab|yuqori)|\s{0,3}(?:$|\n|[,.;]))", r"(?<=[$₽₼₸])dan(?![^\W\d_])",
    r"(?<=[$€₽₼₸]\s)d[ae]n\s{1,3}yuxarı", r"(?<=[$€₽₼₸])-d[ae]n", r"(?<=сом)дон(?:\s{1,3}жогору)?", r"жогору",  # ka, hy, az, uz, ky
    r"से\s{1,3}(?:अधिक|ज़्यादा|ज्यादा)",  # hi "10 हजार से अधिक": more than
    r"дээш",  # mn "1.8 сая төгрөгөөс дээш": and above
)
# and more "from" phrases before the amount: "no less than $85,000", "upwards of £70,000", "north of $200k"
FROM_WORDS = FROM_WORDS + (r"no\s{1,3}less\s{1,3}than", r"not\s{1,3}less\s{1,3}than", r"upwards\s{1,3}of", r"north\s{1,3}of",
                           r"in\s{1,3}excess\s{1,3}of")
UP_TO_WORDS: tuple[str, ...] = (
    # a recruiter's ceiling: "the band tops out at 165k", "max they can offer is 28L", "the most we can go is $68/hr",
    # "Top of the band for this level is $160k"
    r"tops?\s{1,3}out\s{1,3}at", r"max(?:imum)?\s{1,3}(?:they|we|i)\s{1,3}can\s{1,3}(?:offer|go|do|pay)(?:\s{1,3}(?:is|to))?",
    r"(?:the\s{1,3})?most\s{1,3}(?:they|we|i)\s{1,3}can\s{1,3}(?:offer|go(?:\s{1,3}to)?|do|pay)(?:\s{1,3}is)?",
    r"top\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:band|range|scale)(?:\s{1,3}(?:for|of|at)(?:\s{1,3}[^\W\d_]+){1,3})?\s{1,3}is",
    r"up\s{0,3}to", r"to", r"max\.?", r"maximum", r"max(?:imum)?(?:[\s_-]?(?:pay|base|hourly))?[\s_-]?(?:value|amount|rate|salary|pay)", r"not\s{1,3}exceeding", r"bis\s{1,3}zu", r"bis",
    r"jusqu['’]à", r"hasta", r"até", r"fino\s{1,3}a", r"tot", r"(?<!can\s)(?<!could\s)(?<!will\s)(?<!would\s)do", r"upp\s{1,3}till", r"tối\s{1,3}đa", r"hingga", r"최대", r"上限",
    r"lên\s{1,3}(?:đến|tới)", r"tới", r"đến", r"höchstens", r"maximal", r"bis\s{1,3}maximal",
    r"sehingga", r"hanggang", r"עד", r"[يت]صل\s{1,3}(?:إلى|الى)",
    r"最高(?:可[达達])?", r"可[达達]", r"maximaal", r"maksymalnie", r"massimo", r"máximo", r"opptil", r"op\s{1,3}til", r"inntil", r"enintään", r"korkeintaan",
    r"до", r"не\s{1,3}более", r"สูงสุด", r"až", r"(?<=atlyginimas\s)iki", r"(?<=atlyginimas:\s)iki", r"kuni", r"līdz", r"έως", r"μέχρι", r"حتى", r"لغاية",
    r"أقل\s{1,3}من", r"اقل\s{1,3}من", r"لا\s{1,3}يزيد\s{1,3}عن", r"λιγότερο\s{1,3}από", r"έως\s{1,3}και",
    r"capped\s{1,3}at", r"at\s{1,3}most", r"no\s{1,3}more\s{1,3}than",
)
# Words that make a text's single amounts minimums, wherever they stand: Austrian postings
# must state the minimum pay and add "Bereitschaft zur Überzahlung" (more is possible).
OPEN_ABOVE_WORDS: tuple[str, ...] = (r"überzahlung", r"ueberzahlung", r"überbezahlung",
                                     r"(?:prepared|willing|ready)\s{1,3}to\s{1,3}(?:overpay|pay\s{1,3}more)")
UP_TO_SUFFIXES: tuple[str, ...] = (r"以下", r"まで", r"까지", r"이하", r"or\s{1,3}less", r"max\.?(?!\s{1,3}(?:they|we|i)\s)", r"-ig",
                                   r"['’]?(?:y?[ae])\s{1,3}kadar", r"तक", r"सम्म", r"အထိ",  # tr "50.000 TL'ye kadar", hi "₹ 25,000 तक"
                                   r"max(?:imum)?(?:[\s_-]?(?:pay|base|hourly))?[\s_-]?(?:value|amount|rate|salary|pay)")  # as UP_TO_WORDS

# Other-pay words that are one-off by themselves, written once for both OTHER_PAY_WORDS and
# ONE_OFF_PAY: allowances, expense refunds, benefit accounts and vouchers (salary packaging:
# Australia's tax-free concession)
ONE_OFF_WORDS: tuple[str, ...] = (
    r"fahrtkosten", r"reisekosten", r"spesen", r"sachbezug", r"multisport", r"karta\s{1,3}sportowa", r"hsa", r"hra",
    r"maaltijdcheques?", r"ecocheques?", r"maaltijdbons?",  # Belgian Dutch meal and eco vouchers
    r"chèques?[\s-]{1,3}repas", r"[ée]co[\s-]?ch[èe]ques?", r"relocation\s{1,3}(?:package|assistance|support|allowance)",
    r"tuition(?:\s{1,3}(?:assistance|reimbursement|support))?", r"titres?[\s-]{1,3}restaurant", r"salary\s{1,3}packaging",
    # Portugal's meal and transport allowances ("Subsídio de alimentação: 10,20€/dia"), Spain's and Italy's
    r"(?:indemnit[ée]|allocation|prime|ticket)s?\s{1,3}journali(?:er|ère)s?", r"putni\s{1,3}troškovi",
    r"welfare(?:\s{1,3}aziendale)?",  # Italian corporate welfare: a benefits budget ("Welfare aziendale da 1.000 €")
    r"bonus\s{1,3}pri\s{1,3}nástupe", r"nástupní\s{1,3}bonus", r"náborov[ýá]\s{1,3}(?:bonus|příspěvek|príspevok)", r"premia\s{1,3}powitalna",
    r"vales?\s{1,3}(?:de\s{1,3})?(?:despensa|gasolina|restaurante|comida)", r"(?:bono|premio)s?\s{1,3}de\s{1,3}(?:puntualidad|asistencia)(?:\s{1,3}y\s{1,3}(?:puntualidad|asistencia))?",
    r"plus\s{1,3}(?:de\s{1,3})?(?:transporte|convenio|nocturnidad|peligrosidad|festivos?|idiomas?|productividad|asistencia|distancia|actividad)",
    r"(?<!como\s)complementos?(?:\s{1,3}(?:salarial(?:es)?|de\s{1,3}puesto))?", r"superminimo(?:\s{1,3}assorbibile)?",
    r"subs[ií]dios?\s{1,3}de\s{1,3}(?:alimenta[cç][aã]o|refei[cç][aã]o|transporte)(?:\s{1,3}em\s{1,3}(?:cart[aã]o|dinheiro))?", r"cart[aã]o\s{1,3}(?:de\s{1,3})?refei[cç][aã]o",
    r"ayuda\s{1,3}(?:de\s{1,3})?(?:comida|transporte)", r"tickets?\s{1,3}(?:de\s{1,3})?comida",
    r"(?:indennit[aà]|rimborso)\s{1,3}(?:di\s{1,3})?(?:trasferta|chilometrico)",
    r"indennit[aà]",  # it "Trasferte giornaliere con indennità di 46,48 €": an allowance
    r"prime\s{1,3}de\s{1,3}panier",  # fr a meal allowance: "Prime de panier 15,20 €"
    r"indemnit[ée]s?\s{1,3}(?:de\s{1,3})?(?:repas|transport|kilom[ée]triques?|(?:grand\s{1,3})?d[ée]placement)",
    r"dietas", r"kilometraje",  # es per diems and mileage: "Dietas: 30 €/día + kilometraje 0,26 €/km"
    r"dodat(?:ek|ki|ku)(?:\s{1,3}[a-ząćęłńóśźż]{2,}(?:owy|owe|ny|ne))?",  # pl an allowance: "Dodatek zmianowy 400 zł/mies."
    r"津贴", r"津貼",  # zh an allowance: "高温津贴：300元/月"
    r"(?:emi|share|stock)\s{1,3}options?", r"isos?", r"nsos?", r"esops?",  # options alone are no salary: "5,000 EMI options at 40p"
)
# Roles of an amount that is not the base salary. A word binds to the amount
# written right after it ("OTE 25k") or, with nothing between, right before
# it ("120K OTE").
OTHER_PAY_WORDS: tuple[str, ...] = (
    *ONE_OFF_WORDS,
    r"ote", r"on[\s-]target\s{1,3}earnings", r"uncapped", r"bonus(?:es)?", r"(?:joining|welcome|retention|referral)\s{1,3}bonus",
    r"golden\s{1,3}hello", r"buon[io]\s{1,3}pasto", r"cafeteria", r"бонус(?:[аиы])?", r"преми(?:я|и|ей)", r"tlr",  # a UK teacher's Teaching and Learning Responsibility payment
    r"(?:london|inner\s{1,3}london|outer\s{1,3}london|fringe|area)\s{1,3}(?:weighting|allowance)", r"commission(?:s)?", r"comm", r"tips?", r"incentives?",
    r"equity", r"stock", r"rsus?", r"shares", r"sign(?:ing|-on)\s{1,3}bonus", r"allowances?", r"overtime",
    r"โอที", r"ค่าล่วงเวลา",  # th overtime
    r"super(?:annuation)?", r"pension", r"relocation", r"stipend", r"per\s{1,3}diem", r"提成", r"奖金", r"年终奖", r"賞与",
    r"ボーナス", r"(?:固定|みなし)?残業(?:代|手当)", r"[涨漲加调調]薪", r"昇給", r"prämie", r"provision", r"primes?", r"comisi[oó]n(?:es)?", r"bonos?", r"gratificação", r"bônus",
    r"comiss(?:ão|ões)", r"premi[oa]", r"手当", r"補助", r"补贴", r"餐补", r"보너스", r"수당", r"prime\s{1,3}de\s{1,3}cooptation",
    r"willkommensprämie", r"bon\s{1,3}świąteczny", r"dofinansowanie", r"vale-?alimenta[cç][aã]o", r"aux[ií]lio",
    r"tip", r"total\s{1,3}comp(?:ensation)?", r"total\s{1,3}package", r"total\s{1,3}rewards?", r"total\s{1,3}cash", r"tc",
    r"variable(?:\s{1,3}pay)?", r"vouchers?", r"meal", r"ticket\s{1,3}restaurant", r"tickets\s{1,3}restaurant",
    r"vale[-\s]?refei[cç][aã]o", r"vale[-\s]?alimenta[cç][aã]o", r"vale[-\s]?transporte", r"jobticket",
    r"deutschlandticket", r"essenszuschuss", r"zuschuss", r"subsidy", r"reimbursement", r"per\s{1,3}referral",
    r"referral", r"13th\s{1,3}month", r"vakantiegeld", r"urlaubsgeld", r"weihnachtsgeld",
    r"(?:high\s{1,3}cost\s{1,3}area\s{1,3})?supplement", r"hcas",  # the NHS High Cost Area Supplement
    r"(?:shift\s{1,3})?differentials?", r"fringe\s{1,3}benefits?", r"fringes", r"fringe(?=\s{0,3}:?\s{0,3}\$)", r"(?:stop|drop|layover|detention|breakdown)\s{1,3}pay", r"(?:night|overnight|weekend|shift|holiday|sunday)\s{1,3}premium", r"mileage", r"expenses",
    r"transit\s{1,3}pass", r"friskvårdsbidrag", r"forfait\s{1,3}mobilit[ée]s?(?:\s{1,3}durables)?",
    r"prime\s{1,3}de\s{1,3}partage\s{1,3}de\s{1,3}la\s{1,3}valeur", r"推荐奖励?", r"奖励", 
    r"(?:و|ال)?بدل(?!ا)", r"(?-i:V[RAT])(?=\s{0,3}R\$)", r"бонус\s{1,3}при\s{1,3}трудоустройстве", r"yemek\s{1,3}kartı", r"ikramiye", r"yol\s{1,3}yardımı", r"복지\s{0,3}포인트", r"복리후생비", r"(?:합격\s{0,3})?보상금", r"(?:입사\s{0,3})?축하금", r"(?:potential|possible)\s{1,3}earnings",
    r"(?:health|wellness|lifestyle|personal)\s{1,3}spending\s{1,3}accounts?", r"交通費(?:支給)?",
    
    r"refer\s{1,3}a\s{1,3}friend(?:\s{1,3}and\s{1,3}(?:earn|get|receive))?", r"stravn(?:é|ých)\s{1,3}lístk(?:y|ov)", r"stravenk(?:y|a|ový\s{1,3}paušál)",
     # Australian tax-free packaging: a concession, not pay
)
# German and Dutch compounds that end in an other-pay word ("Wechselprämie", "Schichtzulage", "Jahresbonus",
# "reiskostenvergoeding"):
# the lexer reads a plain word with one of these endings as other pay.
OTHER_PAY_SUFFIXES: tuple[str, ...] = ("prämie", "praemie", "zulage", "zuschlag", "zuschläge", "bonus", "zuschuss",
                                       "kostenvergoeding", "werkvergoeding", "budget")  # de "Fortbildungsbudget"  # nl "reiskostenvergoeding", "thuiswerkvergoeding"
# Other pay that is never the salary, even when it is the only money in the text: one-off
# bonuses, allowances, vouchers, subsidies and budgets (OTE, commission, a yearly bonus or
# total compensation may stand for the pay, and are kept).
ONE_OFF_PAY = (
    r"(?<![^\W\d_])(?:" + "|".join(ONE_OFF_WORDS) + r"|sign(?:ing|-on)|joining\s{1,3}bonus|(?:london|fringe|area)\s{1,3}weighting|\w*(?:wechsel|willkommens|antritts|einstiegs)prämie|retention\s{1,3}bonus|golden\s{1,3}hello|welcome|willkommens|referral|cooptation|relocation|allowances?|vouchers?|"
    r"meal|ticket|subsid|reimburse|zuschuss|dofinansowanie|świąteczny|vale|benvenuto|buoni|cheque|budget|"
    r"per\s{1,3}diem|mileage|expenses|transit|friskvård|forfait|partage|"
    r"spending\s{1,3}accounts?|交通費|refer\s{1,3}a\s{1,3}friend|stravn|stravenk|"
    r"\w*(?:reiskosten|onkosten|thuiswerk|internet|telefoon|gereedschap|kilometer|verhuis)vergoeding)|"
    r"手当|补贴|津[贴貼]|餐补|\w*zulage|equity|rsus?|esops?|수당|보상금|축하금|祝い金|[涨漲加调調]薪|昇給|推荐|بدل|복지\s{0,3}포인트|(?-i:V[RAT])$|при\s{1,3}трудоустройстве"
)
# A stipend, allowance, budget or pass is one-off when it is for one of these
STIPEND_WORDS = r"stipend|allowance|budget|reimbursement|pass|membership|bonus"
STIPEND_PURPOSES = (
    r"home[\s-]?office|remote[\s-]work|learning|wellness|well-being|internet|phone|commuter|gym|"
    r"equipment|childcare|education|training|development|housing|lodging|accommodation|travel|meals"
)
BASE_WORDS: tuple[str, ...] = (
    # the range offers are made in, beside a full range: "Full salary range: $61,027 - $89,336 ... hiring range of $61,027 - $70,000"
    r"(?:anticipated\s{1,3})?hiring\s{1,3}(?:range|rate)",
    r"basic", r"base(?:\s{1,3}(?:salary|pay))?", r"fixed\s{1,3}(?:salary|pay)",
    r"fixed(?:\s{1,3}(?:component|part|portion|ctc))?(?=\s{0,3}[:：-]?\s{0,3}(?:[₹$€£]|rs\.?\s?|inr\s?)?\d|\s{0,3}[+,;|]|\s{0,3}$)",  # in: "fixed ₹75L", "₹22,00,000 p.a. fixed + ₹3,00,000 variable"
    r"(?:retribución|salario|sueldo)\s{1,3}fij[oa]",
    r"salaire\s{1,3}fixe",
    # "Fixe 32 K€ + variable", "45 k€ fixe"; not a fixed bonus, price, allowance, contract or phone line
    (r"(?<!prime\s)(?<!prix\s)(?<!part\s)(?<!partie\s)(?<!frais\s)(?<!forfait\s)(?<!indemnité\s)(?<!contrat\s)(?<!téléphone\s)"
     r"(?<!ligne\s)(?<!poste\s)(?<!horaires\s)(?<!taux\s)fixe(?!\s{1,3}(?:de\s{1,3})?(?:prime|transport|\d+\s?h\b))"),
    r"(?:salário|remuneração)\s{1,3}fix[oa]", r"(?:retribuzione|stipendio)\s{1,3}fiss[oa]", r"fixum",
    r"fixgehalt", r"festgehalt", r"grundgehalt", r"alapbér", r"оклад", r"底薪", r"基本給", r"基本工资", r"salaire\s{1,3}de\s{1,3}base",
    r"lương\s{1,3}(?:cứng|cơ\s{1,3}bản)", r"gaji\s{1,3}pokok",  # vi fixed/basic salary, id basic salary
)
# Money that is not pay at all.
NON_PAY_WORDS: tuple[str, ...] = (
    r"revenues?", r"turnover", r"funding", r"raised", r"series\s{1,3}[a-f]", r"valuation", r"valued\s{1,3}at", r"budget",
    r"arr", r"market\s{1,3}cap(?:italization)?",
    r"(?:exam|application|registration|membership|enrol{1,2}ment|licen[cs]e|entry|joining|booking|dbs|certification)\s{1,3}fees?", r"ticket\s{1,3}prices?", r"admission", r"assets", r"aum", r"investments?", r"invested", r"loans?",
    r"sales\s{1,3}of", r"in\s{1,3}sales", r"round", r"umsatz", r"chiffre\s{1,3}d['’]affaires", r"ingresos", r"营收", r"融资", r"капитал\w*", r"市值", r"估值", r"au\s{1,3}capital(?:\s{1,3}social)?(?:\s{1,3}de)?", r"capital\s{1,3}social", r"ยอดขาย", r"ทุนจดทะเบียน", r"omsätter", r"omsättning", r"omsetning", r"omsætning", r"liikevaihto", r"市値", r"시가총액",
    r"売上", r"donations?", r"grants?", r"fund", r"贷款", r"貸款",
    r"strike(?:\s{1,3}price)?", r"exercise\s{1,3}price",  # an option's price: "12,000 ISOs at a $4.10 strike"
    r"costs?(?!\s{1,3}(?:of\s{1,3}living|to\s{1,3}(?:the\s{1,3})?(?:company|employer)))",  # "DBS required - cost £38.00"; not "cost to company"
    r"拠出金", r"拠出額", r"拠出", r"退職金", r"公积金", r"公積金",  # ja a pension contribution, a retirement lump sum; zh the housing fund
    r"spend(?:ing)?", r"volumen\s{1,3}de\s{1,3}compras", r"aporte", r"rodada", r"série\s{1,3}[a-f]", r"serie\s{1,3}[a-f]",
    r"levée\s{1,3}de\s{1,3}fonds", r"finanzierung(?:srunde)?", r"financement", r"inversión", r"investimento",
    r"darlehen", r"préstamos?", r"prêts?", r"预算", r"经费", r"销售额",
    r"(?:health|medical|life|group\s{1,3}health|group\s{1,3}medical|travel)\s{1,3}(?:insurance|cover(?:age)?)",
    r"insurance\s{1,3}cover(?:age)?", r"sum\s{1,3}insured", r"mediclaim", r"acvs?", r"deal\s{1,3}sizes?", r"quota",
    r"(?:our|recruitment|placement|agency|search)\s{1,3}fees?",  # a headhunter's fee (a "retainer" may be a freelancer's pay)
    r"raising", r"fundrais(?:ing|ed)", r"(?:sales|revenue|fundraising|bookings)\s{1,3}(?:goals?|targets?)",  # "a goal of raising $4.5M"
    r"투자", r"매출", r"시리즈\s{0,3}[a-f]", r"売上収益", r"資本金", r"時価総額",
    r"資本額", r"资本额", r"註冊資本", r"注册资本", r"實收資本", r"实收资本", r"營業額", r"營收", r"자본금",  # capital, revenue (zh-TW, ko)
    r"(?:kickstarter|crowdfunding|funding|campaign)(?:\s{1,3}(?:goal|target|campaign))?", r"ciro(?:su)?", r"faturamento", r"fatturato",
    r"obrat(?:em|u|y)?",  # cs, sk turnover: "Společnost s obratem 500 mil. Kč"
    r"omzet", r"obrót", r"przychody?", r"tržby", r"árbevétel", r"cifra\s{1,3}de\s{1,3}afaceri", r"оборот", r"выручка", r"营业额", r"销售收入", r"売上高?", r"(?:payment|transaction|trading)\s{1,3}volume", r"gmv", r"tpv",
)
APPROX_WORDS: tuple[str, ...] = (
    r"approx(?:imately|\.)?", r"about", r"around", r"circa", r"iro", r"in\s{1,3}the\s{1,3}region\s{1,3}of", r"ca\.", r"c\.?(?=\s?[\d$€£¥₹])", r"~", r"≈",
    r"roughly", r"env\.", r"environ", r"aprox(?:imadamente|\.)?", r"约", r"約", r"ungefähr", r"etwa", r"rund",
    r"equivalent\s{1,3}to", r"equiv\.?", r"i\.?e\.?",
)
# Words that mark a salary context: mentions near them are preferred.
SALARY_WORDS: tuple[str, ...] = (
    r"salary", r"salaries", r"pay", r"paid", r"wages?", r"compensation", r"remuneration", r"rate", r"income",
    r"ctc", r"package", r"stipend", r"remuneración", r"remuneração", r"retribución", r"retribuição",
    r"(?:banda|faixa|rango|franja|fourchette|grille)\s{1,3}salariale?", r"gehalt", r"gehaltspaket", r"vergütungspaket", r"vergütung", r"lohn", r"salaire", r"rémunération", r"salario",
    r"sueldo", r"salário", r"retribuzione", r"stipendio", r"salaris", r"wynagrodzenie", r"lön", r"lønn", r"løn",
    r"实习(?:补贴|工资|薪资)", r"實習(?:補貼|津貼|薪資)",  # an intern's pay ("实习补贴：200元/天"), not an allowance
    r"compenso",  # it "Compenso: 45-55k lordi annui" ("compenso orario" is a period, matched before)
    r"palkka", r"lương", r"gaji", r"maaş", r"薪", r"薪资", r"薪酬", r"工资", r"待遇", r"給与", r"給料", r"給",
    r"급여", r"연봉", r"(?:ال)?راتب", r"зарплата", r"заработная\s{1,3}плата", r"оклад", r"з/п", r"зп", r"доход",
    r"заробітна\s{1,3}плата", r"mzd[ayu]", r"plat", r"fizetés", r"salariu", r"μισθός", r"μισθό", r"αποδοχές", r"αμοιβή",
    r"plaća", r"plača", r"palk", r"alga", r"atlyginimas", r"заплата", r"възнаграждение", r"वेतन", r"तनख्वाह",
    r"تنخواہ", r"tankhwah?",  # Urdu, and Roman Urdu / Hindi
    r"اجرت", r"مزدوری", r"حقوق", r"دستمزد", r"المرتب", r"मजदूरी", r"মজুরি", r"বেতন", r"משכורת", r"שכר", r"sahod", r"sweldo",
    r"เงินเดือน", r"ค่าจ้าง", r"thu\s{1,3}nhập", r"ücret",
    r"плат[ау]", r"плаћа", r"plat[au](?=\s{0,3}[:：]|\s{0,3}(?:(?:od|do|neto|bruto)\s{1,3})?(?:\d{1,3}[.,]\d{3}(?!\d)|\d{3,}\s?(?:din|eur|€|km|rsd|kn|bam)))", r"ደመወዝ", r"(?:u|m)?mshahara", r"umushahara", r"சம்பளம்", r"වැටුප",
    r"तलब",  # sr/bs "plata" before its amount or a colon (not Spanish silver or places), am, sw, rw, ta, si, ne
    r"ប្រាក់ខែ", r"ເງິນເດືອນ", r"လစာ", r"လုပ်ခ", r"цалин", r"маош", r"маяна", r"эмгек\s{1,3}акы", r"pagë", r"paga(?!\s{1,3}(?:extra|extraordinaria|doble|de\s{1,3}(?:beneficios|navidad|verano|julio)))",  # km, lo, my, mn, tg, ky, sq
)
# Months of pay a year written in the text: "13薪", "14 Gehälter".
MONTHS_PER_YEAR_PATTERNS: tuple[str, ...] = (
    r"(?:[·・x×*]\s{0,3})?(?:1[2-8])\s{0,3}薪",
    r"(?:1[2-8])\s{0,3}(?:monatsgehälter|gehälter|mal\s{1,3}(?:jährlich|im\s{1,3}jahr|pro\s{1,3}jahr)|"
    r"monthly\s{1,3}salaries|salaries|salários|mensualidades|pagas|mensilità|maandsalarissen|ヶ月分)",
    r"(?:1[3-8])(?:th|e|ème|\.)\s{0,3}(?:month(?:\s{1,3}(?:pay|salary|bonus))?|mois|monatsgehalt|mensilità|tháng)",
    # hu "13. havi fizetés", pl "13. pensja", cs/sk "13. plat", hr "13. plaća": a thirteenth salary, not 13 forints
    r"(?:1[3-8])\.\s{0,3}(?:havi\s{1,3}(?:fizetés|bér)|pensj[aęi]|plat(?:u)?|mzd[ayu]|plaća|plača)(?![^\W\d_])",
    r"(?:(?:lương|thưởng)\s{1,3}tháng\s{1,3})(?:1[3-8])",
    # "CHF 7'500 x 13", "€ 3.000 brutto x 14" (Switzerland, Austria, Italy): a bare count, not a unit
    r"(?<=[\d\s])[x×]\s{0,3}1[3-5](?![\d.,:/×x])(?!\s{0,3}[^\W\d_])",
    # "HKD 45,000 - 55,000 x 13 months", "x 14 Monatsgehälter"
    r"(?<=[\d\s])[x×]\s{0,3}1[3-6]\s{0,3}(?:months|mos|monate|mois|meses|mesi|maanden)(?![^\W\d_])",
)
# A market figure, not this job's pay: an amount after one of these in its sentence
# ("the median pay for ... is $48,780", "The average UK graduate starting salary is £32,000").
BENCHMARK_PATTERNS: tuple[str, ...] = (
    r"median", r"national\s{1,3}average", r"(?:market|industry|sector|uk|us|national|regional)\s{1,3}average",
    r"the\s{1,3}average\s{1,3}(?:[\w-]+\s{1,3}){0,4}(?:salary|pay|wage|earnings|income)",
    (r"according\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:glassdoor|indeed|payscale|salary\.com|levels\.fyi|bls|ons|statista|"
     r"(?:latest\s{1,3})?(?:data|figures|surveys?|reports?|statistics|research))"),
    # "According to ZipRecruiter, welders make $45,000": a named source and what others earn
    r"according\s{1,3}to\s{1,3}(?:the\s{1,3})?(?-i:[A-Z])[^.;\n]{0,60}?(?<![^\W\d_])(?:earn|earns|make|makes|get|gets|averages?)(?![^\W\d_])",
    r"bureau\s{1,3}of\s{1,3}labor\s{1,3}statistics", r"durchschnitts?gehalt", r"durchschnittlich(?:e[nmrs]?)?\s{1,3}(?:gehalt|verdienst|lohn)",
    r"salaire\s{1,3}moyen", r"salario\s{1,3}(?:medio|promedio)", r"sal[aá]rio\s{1,3}m[ée]dio", r"gemiddeld(?:e)?\s{1,3}salaris",
    r"stipendio\s{1,3}medio", r"平均年収", r"平均月収", r"平均工资", r"平均薪资", r"평균\s{0,3}연봉",
    r"年収例", r"モデル年収", r"年収モデル", r"収入例",  # Japanese examples of what staff earn ("年収例 450万円（入社3年目）")
)
# Numbers followed by these are counts, not money ("5 years", "team of 50").
NON_MONEY_UNITS: tuple[str, ...] = (
    r"years?", r"yrs?", r"days?", r"weeks?", r"months?", r"hours?", r"hrs", r"minutes?", r"people", r"persons?",
    r"employees", r"staff", r"members", r"candidates", r"positions", r"roles", r"vacancies", r"locations",
    r"ชั่วโมง", r"ชม\.", r"ชิ้น", r"คน",  # th hours, pieces, people: "วันละ 8 ชั่วโมง" is 8 hours a day, not 8 baht
    r"nap(?![^\W\d_])",  # hu days: "25 nap szabadság" (Ft/nap is a period, matched before)
    r"смены?(?![^\W\d_])", r"часов", r"сотрудник\w*",  # "15 смен", not "2500 смена" (pay per shift)
    r"offices", r"countries", r"stores", r"sites", r"beds", r"clients", r"customers", r"users", r"miles?", r"km",
    r"kms", r"mph", r"gb", r"mb", r"tb", r"stars?", r"points?", r"times", r"x", r"jahre?n?", r"monate?n?",
    r"tage?n?", r"stunden", r"wochen", r"ans?", r"mois", r"jours?", r"heures", r"años", r"meses", r"días",
    r"horas", r"anos", r"dias", r"anni", r"mesi", r"giorni", r"ore", r"lat", r"miesięcy", r"dni", r"år",
    r"månader", r"dagar", r"timmar", r"năm\s{1,3}kinh\s{1,3}nghiệm", r"tahun", r"bulan", r"hari", r"年(?!収|收|薪|俸|底|终|終|末|初|中)",
    r"个月", r"ヶ月", r"折", r"场", r"家", r"personnes", r"abonnés", r"followers", r"subscribers", r"fans",
    r"persone", r"personas", r"pessoas", r"personen", r"mitarbeiter(?:innen)?", r"mitarbeitende", r"employés", r"empleados",
    r"funcionários", r"dipendenti", r"patients", r"businesses", r"companies", r"requests", r"transactions", r"orders",
    r"downloads", r"visitors", r"か月", r"天", r"人", r"名", r"歳", r"岁", r"届", r"個月", r"년", r"개월", r"명", r"세", r"일(?![급당])", r"yıl", r"ay",  # 届: "2026届硕士", a graduating class
    r"gün", r"saat", r"applicants", r"followers", r"views", r"downloads", r"reviews", r"seats", r"beds",
    r"mitarbeiter(?:innen|n)?", r"mitarbeitende", r"salariés", r"collaborateurs", r"empleados", r"trabajadores",
    r"funcionários", r"colaboradores", r"dipendenti", r"medewerkers", r"werknemers", r"pracowników", r"osób",
    r"personer", r"anställda", r"ansatte", r"nhân\s{1,3}viên", r"người", r"karyawan", r"orang", r"çalışan", r"kişi",
    r"bps", r"basis\s{1,3}points?",  # "commission at 100 bps"
    r"urlaubstagen?", r"arbeitstagen?", r"werktagen?", r"vakantiedagen", r"verlofdagen", r"feriedage", r"semesterdagar",  # leave and working days
    r"ur(?=\s{0,3}(?:/\s{0,3}|na\s{1,3})teden)",  # sl "40 ur/teden": hours a week
    r"std\.?", r"uur", r"godzin", r"timer", r"лет", r"года?", r"месяц(?:а|ев)?", r"дн(?:я|ей)", r"час(?:а|ов)", r"человек",
    r"сотрудник(?:а|ов)", r"років", r"місяц(?:і|ів)", r"годин", r"let", r"roky?", r"měsíců", r"év", r"hónap", r"ani", r"luni", r"holidays", r"zile", r"týdn(?:ů|y)", r"dnů", r"ปี", r"countries", r"cities", r"languages", r"markets", r"brands",
    r"january", r"february", r"march", r"april", r"may", r"june", r"july", r"august", r"september", r"october",
    r"november", r"december", r"jan", r"feb", r"apr", r"jun", r"jul", r"aug", r"sept?", r"oct", r"nov", r"dec",
    r"januar", r"februar", r"märz", r"juni", r"juli", r"oktober", r"dezember", r"janvier", r"février", r"mars",
    r"avril", r"mai", r"juin", r"juillet", r"août", r"septembre", r"octobre", r"novembre", r"décembre",
    r"enero", r"febrero", r"marzo", r"abril", r"mayo", r"junio", r"julio", r"agosto", r"septiembre", r"octubre",
    r"noviembre", r"diciembre", r"(?<=\d)月\d",  # a month's number in a date ("3月5"), not "月30万" (a month's pay)
    r"sq\.?\s?f(?:ee)?t", r"sq\.?\s?m", r"sqm", r"square\s{1,3}(?:feet|foot|metres?|meters?)", r"m²",
    # hours, days and months in Balkan, Baltic, Hungarian and Greek postings ("8 sati dnevno", "naponta 8 óra")
    r"sati", r"sata", r"óra", r"órás", r"tundi", r"tund", r"päeva", r"päev", r"kuud", r"dana", r"dní", r"ρεπό", r"ώρες",
    r"mjesec(?:a|i)?", r"месеца?", r"раза?", r"時間(?!給)", r"小[时時]", r"mēneši", r"mēnešus", r"valandų", r"dienų", r"mėnesių", r"日(?!給|薪)", r"号", r"回", r"次", r"分割",
    r"ម៉ោង", r"ຊົ່ວໂມງ", r"နာရီ", r"цаг(?!ийн\s{1,3}(?:цалин|хөлс))", r"соат", r"саат", r"дні", r"дзён", r"ရက်", r"маал", r"单(?![价位休双])", r"倍",  # hours and days: km, lo, my, mn, tg, ky, be
)
# Numbers written right after these are grades, levels or counts, not money.
GRADE_WORDS = frozenset({
    "level", "lvl", "band", "grade", "step", "tier", "class", "stufe", "entgeltgruppe", "eg", "aps", "el",
    "phase", "room", "floor", "suite", "unit", "building", "no", "nr", "number", "version", "gen", "top",
    "year", "years", "week", "weeks", "day", "days", "hours", "hour", "team",
    "bac", "niveau", "nivel", "categoría", "categoria", "livello", "schaal", "trede", "route", "bus",
    "løntrin", "lønnstrin", "lønnstrinn", "lønnsramme", "lønnsklasse", "lönegrad", "nivå", "poziom", "verwendungsgruppe",
    "beschäftigungsgruppe",
    "line", "gate", "platform", "page", "chapter", "section", "article", "rule", "item", "ref", "id", "job",
    "req", "requisition", "vacancy", "posting", "point", "points", "spine", "échelon", "echelon", "indice", "q", "h", "fy", "cohort", "batch", "sprint", "iso", "ieee", "rfc",
    "tlr",  # a UK teacher's responsibility payment's grade: "TLR 2b"
    "scale", "scp",  # UK pay scales and spinal column points: "Scale 6 (SCP 26 - 31)"
})
# Labels of identifiers and counts: a number after one and a colon, "#" or "." is not money
# ("Ref: 45123", "Job ID: 88123", "Vacancy No. 4512", "Hours: 37.5"), unless a currency is written.
LABEL_WORDS = frozenset({
    "ref", "reference", "id", "n", "no", "nr", "nº", "number", "req", "requisition", "vacancy", "posting", "code",
    "hours", "hrs", "stunden", "heures", "horas", "ore", "uren", "godziny", "kennziffer", "referenz", "référence",
    "referencia", "riferimento", "referentie", "numer", "nummer", "numéro", "número", "numero",
    "stillingsnr", "stillingsnummer", "annonsenr", "jobbnr", "refnr", "referansenr", "sagsnr", "journalnr", "diarienr",
    "diarienummer", "dnr", "ärendenr", "viite", "viitenumero", "hakunumero", "tunnus",
    "vacaturenummer", "vacaturenr", "stellennummer", "referenznummer", "jobnummer", "jobnr",
    "رقم", "شماره",  # ar, fa "number": "سجل تجاري رقم ٢٠٥٠١٢٣٤٥٦"
    "saa",  # Swahili hours: "saa 8 kwa siku"
    # a US union's local and its name: "Local 157 CBA", "SEIU 1021", "IBEW Local 46"
    "local", "seiu", "afscme", "ibew", "iuoe", "ufcw", "uaw", "usw", "afge", "teamsters", "iatse",
})
# After a number of hours ("12hr shifts", "6h/día"), these make it a duration, not an hourly rate.
HOURS_WORDS = frozenset({"h", "hr", "hrs", "hour", "hours", "std", "std.", "stunden", "heures", "horas", "hora", "ore", "uur",
                         "godz", "godz.", "jam", "oras", "saat", "שעות", "ساعت", "ساعة", "ساعات", "giờ", "ชั่วโมง", "timer", "timmar"})
DURATION_NOUNS = frozenset({
    "shift", "shifts", "day", "days", "night", "nights", "block", "blocks", "week", "weeks", "wk", "rota", "pattern",
    "weekend", "weekends", "jour", "jours", "nuit", "nuits", "dienst", "dienste", "schicht", "schichten", "turno",
    "turnos", "día", "días", "dia", "dias", "dag", "dagen", "tag", "tage", "woche", "semaine", "semana",
})
# Of those, the counts: they need a colon or a mark, since hours are often written right before the pay
COUNT_LABELS = frozenset({"hours", "hrs", "stunden", "heures", "horas", "ore", "uren",
                          "n"})  # "n° 8812", "n. 45"; not the "n" of Dutch "zo'n 3.000"
# A hyphen joining a count to its unit: "40-person team", "30-year-old".
HYPHEN_UNITS: tuple[str, ...] = (
    r"-\s?(?:person|people|strong|member|employee|seat|bed|year|hour|hr|day|week|month|minute|mile|km|page|step)s?"
    r"(?![A-Za-z])",
)
# a range of weekdays as postings abbreviate it: "Mo-Fr", "man-fre", "ma-pe", "E–R", "lun-ven"; listed, since a
# letter class would make the noise branch start anywhere
_WEEKDAYS = (r"(?:mo|mon|ma|man|maa|lu|lun|e|p|pon|pn|su|sun|so|ti|tue|di|ke|ma)\s?[–-]\s?"
             r"(?:fr|fri|fre|pe|pá|pt|r|ven|vie|vr|sa|sat|lø|la|lau|su|sun|so|to|ti)(?![^\W\d_])")
# Patterns that look numeric but are never pay, matched before numbers.
# US states' postal codes, and those of them that are no English word or abbreviation of one (PA: a personal assistant)
_US_STATE_CODES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
                   "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR").split()
_US_STATES = "|".join(_US_STATE_CODES)
_US_STATES_NOT_WORDS = "|".join(c for c in _US_STATE_CODES if c not in {"PA", "IN", "OR", "ME", "OK", "HI"})
_US_STATE_AND_ZIP = (
    f"(?-i:(?<=, )(?:{_US_STATES})"
    + "".join(f"|(?<={before})(?:{_US_STATES_NOT_WORDS})" for before in ("[A-Za-z(] ", r"\(", ": "))
    + r") \d{5}(?:-\d{4})?\b"
)
NOISE_PATTERNS: tuple[str, ...] = (
    r"\b40[13]\s{0,3}\(?[kb]\)?",  # US retirement plans
    # a weight to lift or carry: "Must be able to lift 50 pounds", "carry up to 25 lbs"
    (r"(?<![^\W\d_])(?:lift(?:ing)?|carry(?:ing)?|push(?:ing)?|pull(?:ing)?|weigh(?:s|ing)?)"
     r"(?:\s+(?!(?:earn\w*|for|at|paid|pay|salary|to|rate)\b)[a-z]+){0,4}?(?:\s+up\s+to)?\s+(?:\d[\d,.]*\s{0,3}(?:-|–|to)\s{0,3})?\d[\d,.]*"
     r"\s{0,3}(?:pounds|lbs?\.?|kg|kilos?)(?![^\W\d_])(?!\s{0,3}(?:an?\s+hour|per\b|/|a\s+year|monthly|weekly|annually|p\.?a\b))"),
    r"\b24\s{0,3}/\s{0,3}7\b",
    r"日給月給制?",  # a Japanese pay scheme (a monthly salary docked for absence), not a day rate
    r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)(?![a-z])",  # times of day
    # US shift times "7a-7p", "7p-7a", "7a-3:30p", "3:30p-12p"; not pence "5p-10p"
    r"\b\d{1,2}(?::\d{2})?a\s?[-–]\s?\d{1,2}(?::\d{2})?[ap](?![a-z])", r"\b\d{1,2}(?::\d{2})?p\s?[-–]\s?\d{1,2}(?::\d{2})?a(?![a-z])",
    r"\b\d{1,2}:\d{2}p\s?[-–]\s?\d{1,2}(?::\d{2})?p(?![a-z])", r"\b\d{1,2}p\s?[-–]\s?\d{1,2}:\d{2}p(?![a-z])",
    r"(?<![$€£¥₹\d.,])\b\d{1,2}\.[0-5]\d\s?(?:a\.m\.|p\.m\.|am|pm)(?![a-z])",  # "8.30am-5.30pm"
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:h|uhr|hrs)?\b",
    # working hours on a 24-hour clock written with a dot, after a working-time label or a weekday range, or before
    # "Uhr": "Tööaeg: E–R 8.00–16.30", "Arbejdstid: man-fre 8.00-16.00", "Vakter 14.00-22.00", "14.00-16.00 Uhr";
    # not a pay range "Stundenlohn 13.00-15.00", "Rate: 15.00-17.00 DOE"
    (r"(?<![^\W\d_])(?:tööaeg|tööpäev|arbeidstid|arbetstid|arbejdstid|työaika|darba\s{1,3}laiks|darbo\s{1,3}laikas|arbeitszeiten?|"
     r"öffnungszeiten|horario|orario|werktijden?|vakter?|skift|turni|turno|schicht|dienst|shifts?|hours|"
     rf"{_WEEKDAYS})\s{{0,3}}[:.]?\s{{0,3}}(?:{_WEEKDAYS}\s{{1,3}})?"
     r"(?:[01]?\d|2[0-3])\.(?:00|15|30|45)\s?[-–]\s?(?:[01]?\d|2[0-3])\.(?:00|15|30|45)(?!\d|[.,]\d)"),
    r"(?<![\d.,$€£])(?:[01]?\d|2[0-3])\.[0-5]\d\s?[-–]\s?(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:uhr|uur)(?![^\W\d_])",
    r"\b24\s{0,3}x\s{0,3}7\b",
    r"(?-i:\b[1-9]\d?\s?G\b)",  # telecom generations ("5G") and Norway's base amount ("dagsats av 6G")
    # Persian and Arabic working hours and ages: "ساعت کاری ۸ تا ۱۶", "السن من 20 لـ 30 سنة"
    r"ساعت(?:\s{1,3}کار(?:ی)?)?\s{0,3}[:：]?\s{0,3}(?:از\s{1,3})?\d{1,2}(?:[:.]\d{2})?\s{0,3}(?:تا|-|–)\s{0,3}\d{1,2}(?:[:.]\d{2})?",
    r"(?:ال)?(?:سن|عمر)\s{0,3}[:：]?\s{0,3}(?:من\s{1,3})?\d{2}\s{0,3}(?:-|–|لـ|الى|إلى|حتى|تا)\s{0,3}\d{2}(?:\s{0,3}(?:سنة|عام|سال))?",
    r"\b9\s{0,3}-\s{0,3}to\s{0,3}-\s{0,3}5\b",
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b",  # international phone numbers
    r"\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b",
    r"\b1[\s.-]\d{3}[\s.-]\d{3}[\s.-]\d{4}\b",  # US numbers with the country code: 1-800-555-0199
    r"\b\d{3}[.-]\d{3}[.-]\d{4}\b",
    r"\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b",  # national phone numbers with a trunk 0
    r"(?<![$€£¥₹])\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b",  # dates; not "£12.50/13.75"
    r"(?<![\d.,/$€£¥₹])(?:0?[1-9]|[12]\d|3[01])/0[1-9](?![\d/]|[.,]\d)",  # a day and month, the month with its zero: "antes del 20/03"
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{4}/\d{1,2}/\d{1,2}\b",  # year first: "۱۴۰۳/۰۶/۰۱", "2024/05/01"
    r"(?<![\d.,])(?:19|20)\d\d\.[01]?\d\.[0-3]?\d(?![\d.,]\d)",  # and with dots, as Korean and Chinese boards write them: "2025.03.31"
    # a range of dates, day first: "sezona 01.05.–30.09.2024"
    r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\s?[–-]\s?(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})?",
    r"\d{2,4}\s?[年년]\s?\d{1,2}\s?[月월](?:\s?\d{1,2}\s?[日일号])?",  # 2025年4月30日, 2025년 4월 30일
    r"(?<![\d.,])\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일号]",
    # "24.12. und 31.12. frei", "Start: 01.10. Gehalt": a day and month before a word ("£11.50 - 12.10." is money)
    r"(?<![\d.,$€£¥₹])(?<![-–]\s)(?<![-–])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?=[ \t]+[^\W_])",
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\.?\s{1,3}(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b"
    r"(?![\d,.]\d|\s{0,3}(?:k\b|€|\$|£))",  # March 1, Sept. 30
    r"\(\d{2,3}\)\s?\d{4,5}-\d{4}\b",  # Brazilian phones: (31) 3555-0123
    r"(?<![^\W\d_])cep[\s:.]{0,3}\d{5}-?\d{3}(?!\d)",  # a Brazilian postcode: "CEP 13015-100"
    r"(?-i:\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s{1,2}\d{4}\b)",  # an Australian state and postcode: "Geelong VIC 3220"
    # a Persian month and its year: "۱۵ مهر ۱۴۰۳" (the digits folded to ASCII)
    r"(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s{0,3}1[34]\d\d(?![\d,.])",
    r"(?-i:\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b)",  # a Canadian postcode: "Regina, SK S4N 6M2"
    r"\d{1,2}\.\s{0,3}platov[áé]\s{1,3}tříd[ay]",  # a Czech public pay class: "10. platová třída"
    # a German public pay group: "TV-L E 13", "TVöD E9", "TV-H EG 11"
    r"(?-i:\b(?:TV-?L|TVöD|TVÖD|TV-?H|TV-?V|TV-?Ärzte)\b)[ \t]{0,3}[-,]?[ \t]{0,3}(?:Entgeltgruppe[ \t]{0,3}|EG[ \t]{0,3})?(?-i:[ESP]|KR)?[ \t]?\d{1,2}(?:[a-c]|Ü)?(?![\d.,])",
    # a Thai month and its year, often Buddhist-era: "1 มิ.ย. 2568", "มีนาคม 2025"
    (r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.\s{0,3}(?:25\d\d|20\d\d|\d\d)(?![\d,.])|"
     r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\s{0,3}(?:25\d\d|20\d\d)(?![\d,.])"),
    r"(?<![\d.,])1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d|[.,]\d)",  # Chinese mobile numbers: 138 0013 8000
    # after a phone label, any digits and separators: "Tel: 55 1234 5678", "WhatsApp (11) 9 8765-4321"
    (r"(?<![^\W\d_])(?:tel|tél|phone|fax|mobile|mob|cel|cell|celular|whatsapp|tel[eé]fono|telefone|telefon|тел|"
     r"τηλ|τηλέφωνο)\.?"
     r"[ \t]{0,3}[:：]?[ \t]{0,3}\+?\(?\d(?:[\d()]|[ \t](?=[\d(])|-(?=[\d(])){5,18}\d"),
    # the same after a CJK phone label, which runs on from the word before it ("联系电话：138 1234 5678")
    # a contact label: a phone number's space-separated groups, not a range ("Contact: 30000-40000 per month")
    r"(?<![^\W\d_])(?:contact|kontakt|contacto|contato|контакт|επικοινωνία)[ \t]{0,3}[:：]?[ \t]{0,3}\+?(?:\d{7,15}|(?=[\d \t]{10})\d{2,5}(?:[ \t]\d{2,6}){1,4}|\d{2,4}(?:-\d{2,4}){2,3}|(?=[\d \t-]{10})\d{1,4}(?:[ \t-]\d{2,4}){2,5})(?!\d|[.,]\d)",
    (r"(?:电话|電話|手机|手機|座机|热线|联系方式|聯[繫絡]方式|전화|휴대폰|연락처)(?:号码|番号|번호)?[ \t]{0,3}[:：]?[ \t]{0,3}\+?\(?\d"
     r"(?:[\d()]|[ \t](?=[\d(])|-(?=[\d(])){5,18}\d"),
    # 2019-2020, 2023/24, 1998 – 2004: the second year in the same decade or the next, so that a monthly
    # range such as "1900-2000 EUR" or "2000 - 2050" stays money; no sign before, no unit after
    r"(?<![$€£¥₹])(?<![$€£¥₹]\s)\b(?:" + "|".join(
        f"{c}{d}\\d(?:\\s{{0,3}}[-–/]\\s{{0,3}}(?:{c}[{d}{(d + 1) % 10}]|{c2}{(d + 1) % 10})|[-–/][{d}{(d + 1) % 10}])\\d"
        for c in ("19", "20") for d in range(10) for c2 in ([c] if d < 9 else [str(int(c) + 1)])
    ) + r")\b(?!\s{0,3}(?:k\b|per|/|€|£|\$|(?-i:[A-Z]{3}\b)|zł|kč|lei|kr|ft|tl|brutto|netto|bruto|neto|gross|net\b))",
    r"\b(?:q[1-4]|h[12]|fy)\s?'?(?:\d{2}|(?:19|20)\d{2})\b",  # quarters, halves, fiscal years with a year ("Q3 2025", "FY25"); not Guatemala's "Q3500"
    # "Pensum 80–100 %", "保费的20%-40%", not "£45,000 - 20%"; a CJK letter may touch it ("昇給率3.1%")
    r"(?<![\d.,$€£¥₹A-Za-z_])\d{1,3}(?:[.,]\d{1,2})?\s?%?\s?[-–]\s?\d{1,3}(?:[.,]\d{1,2})?\s?%",
    r"(?<![\d.,A-Za-z_])\d+(?:[.,]\d+)?\s?%",
    r"\b\d+(?:st|nd|rd|th)\b(?!\s{0,3}month)",
    # US state and ZIP code: after a comma ("Houston, TX 77030"), or after a city's name, in capitals too ("Seattle WA 98109",
    # "DALLAS TX 75201", "(TX 75201)") for the codes that are no word ("Executive PA 45000 per annum" is a salary);
    # not "25000 TO 28000 PER YEAR"
    _US_STATE_AND_ZIP,
    r"\b\d{1,5}\s{1,3}(?:[A-Z][a-z]+\s{1,3}){1,3}(?-i:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Parkway|Pkwy|Boulevard|Blvd"
    r"|Lane|Ln|Drive|Dr\.?|Way|Court|Ct|Place|Pl|Square|Sq|Highway|Hwy)\b",  # street addresses
    r"\b\d{1,3}\s{0,3}/\s{0,3}\d{1,3}(?=\s{0,3}(?:split|ratio|schedule|hybrid|rota))",
    r"\b(?:h-?1b|b2b|b2c|g5|o1|e2|w-?2|1099|k-?12(?![,.]\d)|3d|2d|5g|4g|covid-19|iso\s?\d+|mp\d)\b",
    # working hours with a dot ("Jam kerja 07.00 - 16.00", "08.00-17.00"): a leading zero or an hours word before;
    # read as numbers they made "." the text's decimal mark, and "Rp 150.000" 150 rupiah
    r"(?<![\d.,$€£¥₹])(?<![$€£¥₹]\s)0\d\.[0-5]\d\s?[-–]\s?(?:[01]\d|2[0-3])\.[0-5]\d(?![\d.,]?\d)(?!\s?(?:per|an?|/)\s?h)",
    r"(?:jam(?:\s{1,3}kerja)?|pukul|pkl\.?|giờ\s{1,3}làm(?:\s{1,3}việc)?)\s{0,3}:?\s{0,3}(?:[01]?\d|2[0-3])\.[0-5]\d\s?[-–]\s?(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,]?\d)",
    # Belgian joint committees ("barème CP 200", "PC 124", "SCP 322.01"): the wage scale's number, not an amount
    r"(?-i:\b(?:CP|PC|SCP|PSC)\s?\d{3}(?:\.\d{2})?)(?!\d|[.,]\d|\s?(?:€|eur|euros?)(?![^\W\d_]))",
)
# Texts that state that no amount is given, with the reason reported.
NO_SALARY_REASONS: dict[str, tuple[str, ...]] = {
    "negotiable": (
        r"negotiable", r"neg\.", r"ono", r"verhandlungsbasis", r"verhandelbar", r"verhandlungssache", r"nach\s{1,3}vereinbarung",
        r"à\s{1,3}négocier", r"négociable", r"a\s{1,3}convenir", r"negociable", r"a\s{1,3}combinar", r"negoziabile",
        r"面议", r"面議", r"薪资面议", r"(?:详谈|詳談|面谈|面談)(?!にて|で)",
        r"(?:面接|面談)(?:時に|にて|の上|で)?(?:相談の上)?(?:決定|決め)", r"相談の上(?:、)?決定", r"要相談", r"応相談", r"협의", r"면접\s{0,3}후\s{0,3}결정", r"thỏa\s{1,3}thuận",
        r"thoả\s{1,3}thuận", r"thương\s{1,3}lượng", r"nego", r"pazarlık",
        r"по\s{1,3}договор[её]нности", r"договорная", r"договірна", r"за\s{1,3}домовленістю", r"ตามตกลง", r"do\s{1,3}negocjacji",
        r"dohodou", r"megegyezés\s{1,3}szerint", r"negociabil", r"individuell\s{1,3}lönesättning",
        r"individuel\s{1,3}løn(?:fastsættelse)?", r"тохиролцоно", r"тохиролцох",  # mn
        r"po\s{1,3}dogovoru", r"по\s{1,3}договору", r"prema\s{1,3}dogovoru",  # sr/hr/bs "by agreement"
    ),
    "competitive": (
        r"competitive", r"attractive", r"excellent", r"market\s{1,3}rate", r"attraktiv(?:e[nmrs]?)?",
        r"attracti(?:f|ve)s", r"compétiti(?:f|ve)s", r"best\s{1,3}in\s{1,3}(?:the\s{1,3})?industry", r"industry\s{1,3}standard",
        r"wettbewerbsfähig(?:e[nmrs]?)?", r"leistungsgerechte?[nmrs]?", r"compatível\s{1,3}com\s{1,3}o\s{1,3}mercado",
        r"acorde\s{1,3}al\s{1,3}mercado", r"compétiti(?:f|ve)", r"attractif", r"competitiv[oa]", r"atractiv[oa]",
        r"concorrenziale", r"竞争力", r"cạnh\s{1,3}tranh", r"kompetitif", r"market[\s-]{1,3}related",
        r"versenyképes", r"konkurencieschopn[éý]", r"konkurenceschopn[éý]", r"konkurencyjn[ea]", r"competitiv[ăe]?",  # hu, sk, cs, pl, ro
    ),
    "not_disclosed": (
        r"not\s{1,3}disclosed", r"undisclosed", r"not\s{1,3}specified", r"not\s{1,3}stated", r"confidential", r"n/a", r"(?-i:NA)",
        r"doe", r"d\.o\.e\.?", r"depending\s{1,3}on\s{1,3}experience", r"depends\s{1,3}on\s{1,3}experience", r"dependent\s{1,3}on\s{1,3}experience", r"tbc", r"tbd",
        r"k\.?\s?a\.?", r"nicht\s{1,3}angegeben", r"non\s{1,3}communiqué", r"no\s{1,3}especificado", r"不明", r"保密",
        r"selon\s{1,3}(?:le\s{1,3})?(?:profil|expérience)", r"según\s{1,3}(?:valía|experiencia)",
        r"commisurat[ao]\s{1,3}all['’]\s?esperienza", r"当社規定", r"社内規定",
        r"selon\s{1,3}(?:la\s{1,3})?convention\s{1,3}collective", r"nach\s{1,3}tarif(?:vertrag)?",
        r"회사\s{0,3}내규에\s{0,3}따름", r"내규",
        r"selon\s{1,3}(?:la\s{1,3})?grille", r"según\s{1,3}(?:el\s{1,3})?convenio", r"secondo\s{1,3}(?:il\s{1,3})?ccnl",
        r"не\s{1,3}указана", r"не\s{1,3}указан", r"не\s{1,3}вказана", r"ตามโครงสร้าง(?:บริษัท)?",
        r"kulingana\s{1,3}na\s{1,3}(?:uzoefu|sifa)",  # sw "according to experience / qualifications"
    ),
    "unpaid": (r"unpaid", r"volunteer", r"voluntary", r"ehrenamtlich", r"bénévole", r"无薪"),
}
