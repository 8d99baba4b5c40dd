"""Salary strings as job boards in each market print them, labelled by hand.

Values are (min, max, currency, period) as a careful reader takes them from the
text: "up to X" has min None, "from X" / "X+" has max None, a single amount has
min == max, and period is None when the text writes none (parse infers nothing).
``country`` is passed where a job board of that market would know it. None of
these strings is in test_parser_rules.py. Expectations were written by people,
not copied from the parser's output.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.parse import parse

D = Decimal

US = {"country": "US"}
CA = {"country": "CA"}
GB = {"country": "GB"}
IE = {"country": "IE"}
AU = {"country": "AU"}
NZ = {"country": "NZ"}
SG = {"country": "SG"}
IN = {"country": "IN"}
ZA = {"country": "ZA"}
DE = {"country": "DE"}
AT = {"country": "AT"}
CH = {"country": "CH"}
FR = {"country": "FR"}
BE = {"country": "BE"}
ES = {"country": "ES"}
MX = {"country": "MX"}
PE = {"country": "PE"}
CO = {"country": "CO"}
CL = {"country": "CL"}
AR = {"country": "AR"}
BR = {"country": "BR"}
PT = {"country": "PT"}
IT = {"country": "IT"}
NL = {"country": "NL"}
PL = {"country": "PL"}
SE = {"country": "SE"}
NO = {"country": "NO"}
DK = {"country": "DK"}
FI = {"country": "FI"}
JP = {"country": "JP"}
CN = {"country": "CN"}
TW = {"country": "TW"}
HK = {"country": "HK"}
KR = {"country": "KR"}
VN = {"country": "VN"}
ID = {"country": "ID"}
TR = {"country": "TR"}
AE = {"country": "AE"}
SA = {"country": "SA"}
QA = {"country": "QA"}
KW = {"country": "KW"}
OM = {"country": "OM"}
NG = {"country": "NG"}
KE = {"country": "KE"}
PH = {"country": "PH"}
RU = {"country": "RU"}
UA = {"country": "UA"}
KZ = {"country": "KZ"}
BG = {"country": "BG"}
CZ = {"country": "CZ"}
HU = {"country": "HU"}
TH = {"country": "TH"}
BD = {"country": "BD"}
NONE: dict = {}

CASES: dict[str, list[tuple[str, dict, tuple]]] = {
    "us": [
        ("$120,000 - $150,000 a year", US, (D(120000), D(150000), "USD", "year")),
        ("$25 - $30 an hour", US, (D(25), D(30), "USD", "hour")),
        ("$58.5K - $72.3K", US, (D(58500), D(72300), "USD", None)),
        ("$18.50/hr", US, (D("18.50"), D("18.50"), "USD", "hour")),
        ("Pay: $20.00 - $24.00 per hour", US, (D(20), D(24), "USD", "hour")),
        ("$150K–$180K base + equity", US, (D(150000), D(180000), "USD", None)),
        ("The base salary range for this role is $160,000—$200,000 USD.", NONE, (D(160000), D(200000), "USD", None)),
        ("Estimated $95K - $120K a year", US, (D(95000), D(120000), "USD", "year")),
        ("$2,000 weekly", US, (D(2000), D(2000), "USD", "week")),
        ("$100/hr - $120/hr", US, (D(100), D(120), "USD", "hour")),
        ("$65k/yr", US, (D(65000), D(65000), "USD", "year")),
        ("USD 180,000 - 220,000 per annum", NONE, (D(180000), D(220000), "USD", "year")),
        ("$75,000 – $95,000 annually, DOE", US, (D(75000), D(95000), "USD", "year")),
        ("From $25 per hour", US, (D(25), None, "USD", "hour")),
        ("$150K+", US, (D(150000), None, "USD", None)),
        ("$4,000 - $5,500 per month", US, (D(4000), D(5500), "USD", "month")),
    ],
    "canada": [
        ("$70,000 - $85,000 a year", CA, (D(70000), D(85000), "CAD", "year")),
        ("CA$90K – CA$110K", NONE, (D(90000), D(110000), "CAD", None)),
        ("$22.50 an hour", CA, (D("22.50"), D("22.50"), "CAD", "hour")),
        ("55 000 $ à 65 000 $ par année", CA, (D(55000), D(65000), "CAD", "year")),
        ("25,00 $ de l'heure", CA, (D(25), D(25), "CAD", "hour")),
        ("CAD 95,000 - 115,000 per year", NONE, (D(95000), D(115000), "CAD", "year")),
        ("$80K–$100K CAD", NONE, (D(80000), D(100000), "CAD", None)),
        ("À partir de 60 000 $ par an", CA, (D(60000), None, "CAD", "year")),
    ],
    "uk_ireland": [
        ("£35,000 - £40,000 per annum + benefits", GB, (D(35000), D(40000), "GBP", "year")),
        ("£300 - £350 per day (Outside IR35)", GB, (D(300), D(350), "GBP", "day")),
        ("£11.44 per hour", GB, (D("11.44"), D("11.44"), "GBP", "hour")),
        ("£28k-£32k DOE", GB, (D(28000), D(32000), "GBP", None)),
        ("Up to £45,000 per annum", GB, (None, D(45000), "GBP", "year")),
        ("£65,000 - £75,000 + 15% bonus + car allowance", GB, (D(65000), D(75000), "GBP", None)),
        ("£13.50 - £15.00 an hour", GB, (D("13.50"), D(15), "GBP", "hour")),
        ("£2,800 per calendar month", GB, (D(2800), D(2800), "GBP", "month")),
        ("£60k+ DOE", GB, (D(60000), None, "GBP", None)),
        ("Minimum £30,000 per annum", GB, (D(30000), None, "GBP", "year")),
        ("€50,000 - €60,000 per annum", IE, (D(50000), D(60000), "EUR", "year")),
        ("€45k - €55k + pension", IE, (D(45000), D(55000), "EUR", None)),
        ("€16.50 per hour", IE, (D("16.50"), D("16.50"), "EUR", "hour")),
        ("€550 per day", IE, (D(550), D(550), "EUR", "day")),
    ],
    "australia_nz": [
        ("$120,000 - $140,000 + super", AU, (D(120000), D(140000), "AUD", None)),
        ("$45 - $55 per hour + super", AU, (D(45), D(55), "AUD", "hour")),
        ("$650 - $750 per day", AU, (D(650), D(750), "AUD", "day")),
        ("AUD 150k - 170k package", NONE, (D(150000), D(170000), "AUD", None)),
        ("$90k-$110k base + super + bonus", AU, (D(90000), D(110000), "AUD", None)),
        ("$1,200 per week", AU, (D(1200), D(1200), "AUD", "week")),
        ("$85,000 - $95,000 p.a. + super", AU, (D(85000), D(95000), "AUD", "year")),
        ("$80,000 - $95,000 per annum", NZ, (D(80000), D(95000), "NZD", "year")),
        ("$30 - $35 per hour", NZ, (D(30), D(35), "NZD", "hour")),
        ("NZD 110,000 - 125,000", NONE, (D(110000), D(125000), "NZD", None)),
    ],
    "singapore": [
        ("SGD 5,000 - 7,000 per month", NONE, (D(5000), D(7000), "SGD", "month")),
        ("$4,500 - $6,000 monthly", SG, (D(4500), D(6000), "SGD", "month")),
        ("SGD 90K - 120K annually", NONE, (D(90000), D(120000), "SGD", "year")),
        ("S$3,500 - S$4,200 / month", NONE, (D(3500), D(4200), "SGD", "month")),
        ("$8,000 - $10,000 per month", SG, (D(8000), D(10000), "SGD", "month")),
        ("Up to S$12,000 monthly", NONE, (None, D(12000), "SGD", "month")),
    ],
    "india": [
        ("₹ 6,00,000 - 8,00,000 P.A.", IN, (D(600000), D(800000), "INR", "year")),
        ("CTC: 12-15 LPA", IN, (D(1200000), D(1500000), "INR", "year")),
        ("₹18L - ₹25L per annum", IN, (D(1800000), D(2500000), "INR", "year")),
        ("INR 25,000 per month", NONE, (D(25000), D(25000), "INR", "month")),
        ("₹ 3.5 - 5 Lacs PA", IN, (D(350000), D(500000), "INR", "year")),
        ("Rs. 40,000/month", IN, (D(40000), D(40000), "INR", "month")),
        ("1.5 crore per annum", IN, (D(15000000), D(15000000), "INR", "year")),
        ("Stipend: ₹15,000/month", IN, (D(15000), D(15000), "INR", "month")),
        ("Upto ₹15 LPA", IN, (None, D(1500000), "INR", "year")),
        ("12,00,000 - 18,00,000 INR", NONE, (D(1200000), D(1800000), "INR", None)),
        ("₹50K - ₹70K per month", IN, (D(50000), D(70000), "INR", "month")),
        ("8 LPA - 12 LPA", IN, (D(800000), D(1200000), "INR", "year")),
        ("₹ 25 Lakhs", IN, (D(2500000), D(2500000), "INR", None)),
    ],
    "south_africa": [
        ("R 25 000 pm", ZA, (D(25000), D(25000), "ZAR", "month")),
        ("R450 000 - R550 000 per annum", ZA, (D(450000), D(550000), "ZAR", "year")),
        ("ZAR 35,000 per month", NONE, (D(35000), D(35000), "ZAR", "month")),
        ("R25k - R30k pm", ZA, (D(25000), D(30000), "ZAR", "month")),
        ("R 300 000 – R 400 000 CTC", ZA, (D(300000), D(400000), "ZAR", None)),
        ("R35 000 - R40 000 per month + commission", ZA, (D(35000), D(40000), "ZAR", "month")),
        ("R180 per hour", ZA, (D(180), D(180), "ZAR", "hour")),
    ],
    "dach": [
        ("€ 4.500,- brutto monatlich", DE, (D(4500), D(4500), "EUR", "month")),
        ("Jahresgehalt: 65.000 € brutto", DE, (D(65000), D(65000), "EUR", "year")),
        ("60.000 - 75.000 EUR p.a.", DE, (D(60000), D(75000), "EUR", "year")),
        ("bis zu 80.000 € brutto jährlich", DE, (None, D(80000), "EUR", "year")),
        ("ab 4.000 € brutto/Monat", DE, (D(4000), None, "EUR", "month")),
        ("Stundenlohn: 15,50 €", DE, (D("15.50"), D("15.50"), "EUR", "hour")),
        ("EUR 55.000 - 70.000 brutto/Jahr", DE, (D(55000), D(70000), "EUR", "year")),
        ("3.800 € brutto im Monat, 13 Gehälter", DE, (D(3800), D(3800), "EUR", "month")),
        ("€ 3.500,- brutto pro Monat (14x jährlich)", AT, (D(3500), D(3500), "EUR", "month")),
        ("Jahresbruttogehalt ab € 52.000", AT, (D(52000), None, "EUR", "year")),
        ("mind. € 2.900,- brutto/Monat auf Vollzeitbasis", AT, (D(2900), None, "EUR", "month")),
        ("CHF 120'000 – 140'000 p.a.", CH, (D(120000), D(140000), "CHF", "year")),
        ("CHF 8'500.– pro Monat", CH, (D(8500), D(8500), "CHF", "month")),
        ("Fr. 95'000.- bis 110'000.-", CH, (D(95000), D(110000), "CHF", None)),
        ("Lohn: 100'000 - 120'000 CHF / Jahr", CH, (D(100000), D(120000), "CHF", "year")),
        ("Stundenlohn CHF 32.50", CH, (D("32.50"), D("32.50"), "CHF", "hour")),
    ],
    "france_belgium": [
        ("45 k€", FR, (D(45000), D(45000), "EUR", None)),
        ("De 38 000 € à 45 000 € par an", FR, (D(38000), D(45000), "EUR", "year")),
        ("45K€ - 55K€ brut annuel", FR, (D(45000), D(55000), "EUR", "year")),
        ("Salaire : 2 000 € brut mensuel", FR, (D(2000), D(2000), "EUR", "month")),
        ("40 - 45 K€", FR, (D(40000), D(45000), "EUR", None)),
        ("à partir de 50 000 € brut/an", FR, (D(50000), None, "EUR", "year")),
        ("Jusqu'à 60 k€ brut annuel", FR, (None, D(60000), "EUR", "year")),
        ("Entre 3 500 € et 4 000 € brut par mois", FR, (D(3500), D(4000), "EUR", "month")),
        ("12,50 € de l'heure", FR, (D("12.50"), D("12.50"), "EUR", "hour")),
        ("Salaire : 35K€ - 42K€ / an", FR, (D(35000), D(42000), "EUR", "year")),
        ("TJM : 550 €", FR, (D(550), D(550), "EUR", "day")),
        ("€ 3.200 - € 4.000 bruto per maand", BE, (D(3200), D(4000), "EUR", "month")),
        ("Entre 2 800 € et 3 400 € bruts/mois", BE, (D(2800), D(3400), "EUR", "month")),
    ],
    "spain_latam": [
        ("25.000 - 30.000 € brutos/año", ES, (D(25000), D(30000), "EUR", "year")),
        ("Salario: 1.500€ brutos/mes", ES, (D(1500), D(1500), "EUR", "month")),
        ("desde 35.000 € brutos anuales", ES, (D(35000), None, "EUR", "year")),
        ("hasta 40.000 € brutos anuales", ES, (None, D(40000), "EUR", "year")),
        ("Entre 28.000 y 32.000 euros anuales", ES, (D(28000), D(32000), "EUR", "year")),
        ("Salario fijo 18.000 € brutos anuales + variable de 6.000 €", ES, (D(18000), D(18000), "EUR", "year")),
        ("$18,000 - $22,000 MXN mensuales", NONE, (D(18000), D(22000), "MXN", "month")),
        ("$15,000 a $20,000 mensuales", MX, (D(15000), D(20000), "MXN", "month")),
        ("Sueldo: $12,000 - $14,000 MXN + prestaciones de ley", MX, (D(12000), D(14000), "MXN", None)),
        ("S/ 2,500 - S/ 3,000 mensuales", PE, (D(2500), D(3000), "PEN", "month")),
        ("$4.000.000 - $5.000.000 COP mensuales", NONE, (D(4000000), D(5000000), "COP", "month")),
        ("$3.500.000", CO, (D(3500000), D(3500000), "COP", None)),
        ("$1.200.000 líquidos mensuales", CL, (D(1200000), D(1200000), "CLP", "month")),
        ("CLP 1.500.000 brutos", NONE, (D(1500000), D(1500000), "CLP", None)),
        ("ARS 800.000 mensuales", NONE, (D(800000), D(800000), "ARS", "month")),
        ("$ 900.000 brutos mensuales", AR, (D(900000), D(900000), "ARS", "month")),
        ("USD 2,000 - 2,500 mensuales", MX, (D(2000), D(2500), "USD", "month")),
    ],
    "brazil_portugal": [
        ("R$ 4.000,00 a R$ 5.500,00 CLT", BR, (D(4000), D(5500), "BRL", None)),
        ("Salário: R$ 3.500 + benefícios", BR, (D(3500), D(3500), "BRL", None)),
        ("A partir de R$ 6.000", BR, (D(6000), None, "BRL", None)),
        ("R$ 8 mil - R$ 10 mil", BR, (D(8000), D(10000), "BRL", None)),
        ("R$ 35/hora", BR, (D(35), D(35), "BRL", "hour")),
        ("até R$ 8.000 por mês", BR, (None, D(8000), "BRL", "month")),
        ("R$ 12.000 a 15.000 PJ", BR, (D(12000), D(15000), "BRL", None)),
        ("1.200 € - 1.500 € brutos por mês", PT, (D(1200), D(1500), "EUR", "month")),
        ("€ 25.000 - € 30.000 por ano", PT, (D(25000), D(30000), "EUR", "year")),
        ("Salário: 1000€ líquidos/mês", PT, (D(1000), D(1000), "EUR", "month")),
    ],
    "italy": [
        ("RAL: 30.000 - 35.000 €", IT, (D(30000), D(35000), "EUR", "year")),
        ("€ 1.800 netti al mese", IT, (D(1800), D(1800), "EUR", "month")),
        ("RAL 40k", IT, (D(40000), D(40000), "EUR", "year")),
        ("Retribuzione: 1.500 € lordi mensili", IT, (D(1500), D(1500), "EUR", "month")),
        ("da 28.000 a 32.000 € lordi annui", IT, (D(28000), D(32000), "EUR", "year")),
        ("fino a 45.000 € RAL", IT, (None, D(45000), "EUR", "year")),
        ("10 € l'ora", IT, (D(10), D(10), "EUR", "hour")),
    ],
    "netherlands": [
        ("€ 3.500 - € 4.500 bruto per maand", NL, (D(3500), D(4500), "EUR", "month")),
        ("€ 4.000 tot € 5.500 per maand", NL, (D(4000), D(5500), "EUR", "month")),
        ("Salaris: max € 5.200 bruto per maand", NL, (None, D(5200), "EUR", "month")),
        ("€ 50.000 - € 65.000 per jaar", NL, (D(50000), D(65000), "EUR", "year")),
        ("€ 18,50 per uur", NL, (D("18.50"), D("18.50"), "EUR", "hour")),
        ("€3.200 - €4.100 bruto p/m", NL, (D(3200), D(4100), "EUR", "month")),
        ("Vanaf € 3.000 bruto per maand", NL, (D(3000), None, "EUR", "month")),
    ],
    "poland": [
        ("10 000 - 14 000 PLN brutto / mies.", PL, (D(10000), D(14000), "PLN", "month")),
        ("12 000 zł/mies.", PL, (D(12000), D(12000), "PLN", "month")),
        ("od 9 000 zł brutto", PL, (D(9000), None, "PLN", None)),
        ("do 15 000 zł netto (B2B)", PL, (None, D(15000), "PLN", None)),
        ("150 - 180 zł/h netto + VAT (B2B)", PL, (D(150), D(180), "PLN", "hour")),
        ("8 500 - 11 000 zł brutto miesięcznie", PL, (D(8500), D(11000), "PLN", "month")),
        ("120 000 – 150 000 PLN rocznie", PL, (D(120000), D(150000), "PLN", "year")),
    ],
    "nordics": [
        ("45 000 kr/mån", SE, (D(45000), D(45000), "SEK", "month")),
        ("Månadslön: 38 000 - 45 000 kr", SE, (D(38000), D(45000), "SEK", "month")),
        ("SEK 55 000 per månad", NONE, (D(55000), D(55000), "SEK", "month")),
        ("650 000 kr per år", NO, (D(650000), D(650000), "NOK", "year")),
        ("Årslønn: NOK 700 000", NO, (D(700000), D(700000), "NOK", "year")),
        ("Timelønn: 220 kr", NO, (D(220), D(220), "NOK", "hour")),
        ("35.000 kr. om måneden", DK, (D(35000), D(35000), "DKK", "month")),
        ("Løn: 42.000 - 48.000 kr. pr. måned", DK, (D(42000), D(48000), "DKK", "month")),
        ("Palkka: 3 500 - 4 200 €/kk", FI, (D(3500), D(4200), "EUR", "month")),
    ],
    "japan": [
        ("年収500万円\uff5e800万円", JP, (D(5000000), D(8000000), "JPY", "year")),
        ("時給1,200円～", JP, (D(1200), None, "JPY", "hour")),
        ("日給10,000円", JP, (D(10000), D(10000), "JPY", "day")),
        ("月給20万円～30万円", JP, (D(200000), D(300000), "JPY", "month")),
        ("年俸制 600万円〜1000万円", JP, (D(6000000), D(10000000), "JPY", "year")),
        ("月給 250,000円以上", JP, (D(250000), None, "JPY", "month")),
        ("年収600万円以上", JP, (D(6000000), None, "JPY", "year")),
        ("時給1,500円〜2,000円", JP, (D(1500), D(2000), "JPY", "hour")),
        ("日給8,000円～12,000円", JP, (D(8000), D(12000), "JPY", "day")),
        ("給与：月給22万円", JP, (D(220000), D(220000), "JPY", "month")),
        ("年収 1,000万円 〜 1,500万円", JP, (D(10000000), D(15000000), "JPY", "year")),
    ],
    "china_taiwan_hk": [
        ("20-35K·14薪", CN, (D(20000), D(35000), "CNY", None)),
        ("8-12K", CN, (D(8000), D(12000), "CNY", None)),
        ("3-5万/月", CN, (D(30000), D(50000), "CNY", "month")),
        ("年薪50-80万", CN, (D(500000), D(800000), "CNY", "year")),
        ("200-300元/天", NONE, (D(200), D(300), "CNY", "day")),
        ("月薪1万起", CN, (D(10000), None, "CNY", "month")),
        ("月薪8000元以上", CN, (D(8000), None, "CNY", "month")),
        ("10-15k/月", CN, (D(10000), D(15000), "CNY", "month")),
        ("时薪50元", CN, (D(50), D(50), "CNY", "hour")),
        ("日薪300元", CN, (D(300), D(300), "CNY", "day")),
        ("月薪 4萬-6萬", TW, (D(40000), D(60000), "TWD", "month")),
        ("NT$ 40,000 ~ 60,000 /月", NONE, (D(40000), D(60000), "TWD", "month")),
        ("月薪 35,000元以上", TW, (D(35000), None, "TWD", "month")),
        ("年薪 80萬~120萬", TW, (D(800000), D(1200000), "TWD", "year")),
        ("時薪 190元", TW, (D(190), D(190), "TWD", "hour")),
        ("HK$25,000 - HK$35,000 per month", NONE, (D(25000), D(35000), "HKD", "month")),
        ("$20,000 - $28,000 per month", HK, (D(20000), D(28000), "HKD", "month")),
        ("HKD 45K - 55K monthly", NONE, (D(45000), D(55000), "HKD", "month")),
        ("月薪 $18,000 - $22,000", HK, (D(18000), D(22000), "HKD", "month")),
    ],
    "korea": [
        ("연봉 3,000만원 ~ 4,000만원", KR, (D(30000000), D(40000000), "KRW", "year")),
        ("월 300만원", KR, (D(3000000), D(3000000), "KRW", "month")),
        ("시급 10,000원", KR, (D(10000), D(10000), "KRW", "hour")),
        ("연봉 4000만원 이상", KR, (D(40000000), None, "KRW", "year")),
        ("연봉 최대 5,000만원", KR, (None, D(50000000), "KRW", "year")),
        ("일급 15만원", KR, (D(150000), D(150000), "KRW", "day")),
        ("연봉 5천만원", KR, (D(50000000), D(50000000), "KRW", "year")),
        ("월급 250만원~300만원", KR, (D(2500000), D(3000000), "KRW", "month")),
    ],
    "vietnam": [
        ("Lên đến 2000 USD", VN, (None, D(2000), "USD", None)),
        ("Từ 15 triệu", VN, (D(15000000), None, "VND", None)),
        ("Tới 30 triệu", VN, (None, D(30000000), "VND", None)),
        ("1,000 - 1,500 USD", VN, (D(1000), D(1500), "USD", None)),
        ("20 - 25 triệu VNĐ/tháng", VN, (D(20000000), D(25000000), "VND", "month")),
        ("Lương: 12.000.000 - 15.000.000 VND", VN, (D(12000000), D(15000000), "VND", None)),
        ("Up to $2,500", VN, (None, D(2500), "USD", None)),
        ("8 - 10 triệu/tháng", VN, (D(8000000), D(10000000), "VND", "month")),
    ],
    "indonesia": [
        ("IDR 8.000.000 - 10.000.000 / bulan", NONE, (D(8000000), D(10000000), "IDR", "month")),
        ("Rp 6 - 8 juta per bulan", ID, (D(6000000), D(8000000), "IDR", "month")),
        ("Rp10.000.000", NONE, (D(10000000), D(10000000), "IDR", None)),
        ("Rp 4.500.000 - Rp 5.500.000 /bulan", ID, (D(4500000), D(5500000), "IDR", "month")),
        ("Gaji: Rp 7 juta - Rp 9 juta", ID, (D(7000000), D(9000000), "IDR", None)),
        ("IDR 120.000.000 per tahun", NONE, (D(120000000), D(120000000), "IDR", "year")),
    ],
    "turkey": [
        ("25.000 TL - 35.000 TL brüt", TR, (D(25000), D(35000), "TRY", None)),
        ("₺40.000 net/ay", NONE, (D(40000), D(40000), "TRY", "month")),
        ("Brüt maaş: 50.000 TL / ay", TR, (D(50000), D(50000), "TRY", "month")),
        ("aylık 30.000 TL", TR, (D(30000), D(30000), "TRY", "month")),
        ("TRY 60,000 - 80,000 per month", NONE, (D(60000), D(80000), "TRY", "month")),
    ],
    "gulf": [
        ("AED 20,000 - 25,000 per month + housing", AE, (D(20000), D(25000), "AED", "month")),
        ("SAR 18,000 - 22,000 per month", SA, (D(18000), D(22000), "SAR", "month")),
        ("QAR 12,000 - 15,000 per month", QA, (D(12000), D(15000), "QAR", "month")),
        ("KWD 1,200 per month", KW, (D(1200), D(1200), "KWD", "month")),
        ("8,000 - 10,000 AED/month tax free", AE, (D(8000), D(10000), "AED", "month")),
        ("AED 180,000 per annum", NONE, (D(180000), D(180000), "AED", "year")),
        ("Salary: 15k - 18k AED", AE, (D(15000), D(18000), "AED", None)),
        ("OMR 1,500 monthly", OM, (D(1500), D(1500), "OMR", "month")),
    ],
    "nigeria": [
        ("₦250,000 - ₦350,000 monthly", NG, (D(250000), D(350000), "NGN", "month")),
        ("NGN 400,000 per month", NONE, (D(400000), D(400000), "NGN", "month")),
        ("₦3.6m per annum", NONE, (D(3600000), D(3600000), "NGN", "year")),
        ("₦150k", NONE, (D(150000), D(150000), "NGN", None)),
        ("N200,000 - N300,000 monthly", NG, (D(200000), D(300000), "NGN", "month")),
        ("Salary: ₦ 1,200,000 - ₦ 1,500,000 / month", NG, (D(1200000), D(1500000), "NGN", "month")),
    ],
    "kenya": [
        ("KSh 80,000 - 120,000 per month", KE, (D(80000), D(120000), "KES", "month")),
        ("Kshs. 150,000 gross per month", KE, (D(150000), D(150000), "KES", "month")),
        ("KES 1.2M per annum", NONE, (D(1200000), D(1200000), "KES", "year")),
        ("Ksh 50K - 70K", KE, (D(50000), D(70000), "KES", None)),
        ("KES 2,500 per day", KE, (D(2500), D(2500), "KES", "day")),
    ],
    "philippines": [
        ("₱25,000 - ₱35,000 per month", PH, (D(25000), D(35000), "PHP", "month")),
        ("PHP 30,000 - 40,000 monthly", NONE, (D(30000), D(40000), "PHP", "month")),
        ("Php 18,000/month", PH, (D(18000), D(18000), "PHP", "month")),
        ("₱ 650 per day", PH, (D(650), D(650), "PHP", "day")),
        ("₱80k - ₱100k", NONE, (D(80000), D(100000), "PHP", None)),
    ],
    "sentences": [
        ("We're a 40-person team that closed a $40M Series B in 2023. The base salary for this role is "
         "$140,000 - $170,000 per year, plus equity and 401(k) matching.", US,
         (D(140000), D(170000), "USD", "year")),
        ("Requirements: 5+ years of Python. Compensation: $65 - $80 per hour (W2). Start date 01/15/2025.", US,
         (D(65), D(80), "USD", "hour")),
        ("Band 7: £43,742 - £50,056 per annum. 37.5 hours per week.", GB,
         (D(43742), D(50056), "GBP", "year")),
        ("Level 3 Support Engineer – £32,000 – £36,000 + 10% bonus, 25 days holiday", GB,
         (D(32000), D(36000), "GBP", None)),
        ("Founded in 2008 and now at $2B in revenue, we offer $110,000–$130,000 annually plus a 15% target bonus.",
         US, (D(110000), D(130000), "USD", "year")),
        ("Wir suchen ab 01.03.2025 eine:n Entwickler:in (m/w/d) für unser Team von 25 Personen. "
         "Gehalt: 58.000 – 68.000 € brutto jährlich.", DE, (D(58000), D(68000), "EUR", "year")),
        ("Poste basé à Paris 75008, 3 ans d'expérience minimum, rémunération de 45 à 55 K€ brut annuel.", FR,
         (D(45000), D(55000), "EUR", "year")),
        ("Buscamos desarrollador con 3 años de experiencia. Ofrecemos entre 30.000 y 36.000 € brutos anuales "
         "y 23 días de vacaciones.", ES, (D(30000), D(36000), "EUR", "year")),
        ("Salário: R$ 6.500,00 por mês + vale-refeição de R$ 35,00/dia. Empresa com 200 funcionários.", BR,
         (D(6500), D(6500), "BRL", "month")),
        ("Cerchiamo sviluppatore con 2 anni di esperienza, sede in Via Roma 12, Milano. RAL 32.000 - 38.000 €.",
         IT, (D(32000), D(38000), "EUR", "year")),
        ("Wij bieden een salaris van € 3.800 tot € 5.100 bruto per maand bij 40 uur per week, plus 8% "
         "vakantiegeld.", NL, (D(3800), D(5100), "EUR", "month")),
        ("Oferujemy wynagrodzenie 15 000 - 20 000 zł brutto miesięcznie, pracę w zespole 10 osób i prywatną "
         "opiekę medyczną.", PL, (D(15000), D(20000), "PLN", "month")),
        ("Tuyển 5 lập trình viên, yêu cầu 2 năm kinh nghiệm, mức lương 20 - 30 triệu/tháng.", VN,
         (D(20000000), D(30000000), "VND", "month")),
        ("经验3-5年，本科，薪资15-20K·14薪，五险一金", CN, (D(15000), D(20000), "CNY", None)),
        ("募集人数3名、経験3年以上。月給30万円～45万円（賞与年2回）", JP,
         (D(300000), D(450000), "JPY", "month")),
        ("경력 3년 이상, 연봉 4,500만원 ~ 6,000만원 (회사내규에 따름)", KR,
         (D(45000000), D(60000000), "KRW", "year")),
        ("Minimum 5 years experience. Package: AED 25,000 - 30,000 per month plus housing allowance and annual "
         "flight ticket.", AE, (D(25000), D(30000), "AED", "month")),
        ("Location: 1 Raffles Place, #20-01, Singapore 048616. Salary: SGD 7,000 - 9,000 per month.", SG,
         (D(7000), D(9000), "SGD", "month")),
        ("We are a Series A startup (raised $12M). Salary: $90k - $110k + 0.5% equity.", US,
         (D(90000), D(110000), "USD", None)),
        ("Call 0800 123 4567 today! Earn £12.50 per hour, 40 hours per week.", GB,
         (D("12.50"), D("12.50"), "GBP", "hour")),
        ("Up to 30% bonus. Base: $130k-$150k.", US, (D(130000), D(150000), "USD", None)),
        ("Nurse, Band 5 – £28,407 to £34,581 a year, pro rata", GB, (D(28407), D(34581), "GBP", "year")),
        ("Türkiye'nin önde gelen 50 şirketinden biri; 3 yıl deneyimli, brüt 45.000 TL maaş", TR,
         (D(45000), D(45000), "TRY", None)),
        ("Join our team of 120 in Lagos. Salary: ₦400,000 - ₦600,000 monthly, HMO and pension.", NG,
         (D(400000), D(600000), "NGN", "month")),
        ("Stipend: ₹20,000/month for 6 months, 2024 batch", IN, (D(20000), D(20000), "INR", "month")),
        ("Senior Engineer (L5) — $185,000–$220,000 base salary + RSUs + 401(k) match; offices in 3 cities", US,
         (D(185000), D(220000), "USD", None)),
        ("Earn up to $1,500 a week in commission; base pay $18/hr", US, (D(18), D(18), "USD", "hour")),
        ("Lön: 90 000 - 110 000 kr/mån. Vi är 35 personer på kontoret i Stockholm.", SE,
         (D(90000), D(110000), "SEK", "month")),
        ("Sueldo: $30,000 a $35,000 MXN mensuales más prestaciones de ley. Horario de 9 a 6.", MX,
         (D(30000), D(35000), "MXN", "month")),
        ("Salary: R 35 000 – R 45 000 per month CTC, 3 years experience", ZA,
         (D(35000), D(45000), "ZAR", "month")),
        ("Our 2,500-employee company is hiring in Austin, TX 78701. Pay range: $52,000 - $61,000 per year.", US,
         (D(52000), D(61000), "USD", "year")),
        ("Gehalt: 4.200 € brutto/Monat bei 40 Std./Woche, 30 Tage Urlaub, Jobticket für 49 €", DE,
         (D(4200), D(4200), "EUR", "month")),
        ("Apply before 30 June 2025. Salary: AUD 95,000 - 105,000 + 11.5% super.", AU,
         (D(95000), D(105000), "AUD", None)),
        ("We are a team of 15. KSh 90,000 - 110,000 gross per month. Call 0722 000 000.", KE,
         (D(90000), D(110000), "KES", "month")),
        ("Salaire : 42 000 € à 48 000 € brut annuel + tickets restaurant (9 €/jour)", FR,
         (D(42000), D(48000), "EUR", "year")),
    ],
    "base_vs_other_pay": [
        ("Account Executive: $80K base, $160K OTE, uncapped commission", US, (D(80000), D(80000), "USD", None)),
        ("OTE $200,000 (50/50 split), base salary $100,000", US, (D(100000), D(100000), "USD", None)),
        ("$60k base / $120k OTE", US, (D(60000), D(60000), "USD", None)),
        ("OTE £80k (£40k basic)", GB, (D(40000), D(40000), "GBP", None)),
        ("Base salary €50k + up to 20% bonus + stock options", IE, (D(50000), D(50000), "EUR", None)),
        ("£45,000 basic, £70,000 OTE", GB, (D(45000), D(45000), "GBP", None)),
        ("Fixgehalt 45.000 € + 15.000 € Provision", DE, (D(45000), D(45000), "EUR", None)),
        ("Base: ₹12 LPA, Variable: ₹3 LPA", IN, (D(1200000), D(1200000), "INR", "year")),
        ("Base salary $120K + $30K sign-on bonus", US, (D(120000), D(120000), "USD", None)),
        ("Total comp $250K (base $180K + equity)", US, (D(180000), D(180000), "USD", None)),
        ("$150K base + $50K target bonus + 0.1% equity", US, (D(150000), D(150000), "USD", None)),
        ("£55k + £10k car allowance + bonus", GB, (D(55000), D(55000), "GBP", None)),
        ("Fixo: R$ 4.000 + comissões (OTE R$ 9.000)", BR, (D(4000), D(4000), "BRL", None)),
    ],
    "ru_ua_kz_bg": [
        ("от 120 000 до 150 000 руб. на руки", RU, (D(120000), D(150000), "RUB", None)),
        ("от 100 000 ₽ в месяц", RU, (D(100000), None, "RUB", "month")),
        ("до 200 000 ₽ до вычета налогов", RU, (None, D(200000), "RUB", None)),
        ("Зарплата: 150 тыс. руб./мес.", RU, (D(150000), D(150000), "RUB", "month")),
        ("Опыт работы 3 года, оклад 90 000 рублей", RU, (D(90000), D(90000), "RUB", None)),
        ("1 500 руб. за смену", RU, (D(1500), D(1500), "RUB", None)),
        ("від 25 000 до 35 000 грн", UA, (D(25000), D(35000), "UAH", None)),
        ("25 тис. грн на місяць", UA, (D(25000), D(25000), "UAH", "month")),
        ("400 000 – 500 000 тг", KZ, (D(400000), D(500000), "KZT", None)),
        ("2 500 лв. бруто", BG, (D(2500), D(2500), "BGN", None)),
    ],
    "cz_hu_pl_th_bd": [
        ("50 000 Kč měsíčně", CZ, (D(50000), D(50000), "CZK", "month")),
        ("45 000 - 60 000 Kč/měsíc", CZ, (D(45000), D(60000), "CZK", "month")),
        ("500 000 Ft havonta", HU, (D(500000), D(500000), "HUF", "month")),
        ("35-40 tys. zł brutto", PL, (D(35000), D(40000), "PLN", None)),
        ("od 12 tys. zł brutto miesięcznie", PL, (D(12000), None, "PLN", "month")),
        ("฿35,000 - 45,000 บาท/เดือน", TH, (D(35000), D(45000), "THB", "month")),
        ("৳ 30,000 - 40,000", BD, (D(30000), D(40000), "BDT", None)),
        ("Tk 25,000 per month", BD, (D(25000), D(25000), "BDT", "month")),
    ],
    "written_forms": [
        ("£30,000 (per annum)", GB, (D(30000), D(30000), "GBP", "year")),
        ("Tk. 30000-40000 (Monthly)", BD, (D(30000), D(40000), "BDT", "month")),
        ("Base salary $140,000-$160,000 + annual bonus + RSUs", US, (D(140000), D(160000), "USD", None)),
        ("£650 p/d outside IR35", GB, (D(650), D(650), "GBP", "day")),
        ("£550pd inside IR35", GB, (D(550), D(550), "GBP", "day")),
        ("50 grand a year plus commission", US, (D(50000), D(50000), "USD", "year")),
        ("주급 60만원", KR, (D(600000), D(600000), "KRW", "week")),
        ("週給5万円", JP, (D(50000), D(50000), "JPY", "week")),
        ("เงินเดือน 25,000 บาท", TH, (D(25000), D(25000), "THB", "month")),
        ("3+ years experience, $70k", US, (D(70000), D(70000), "USD", None)),
        ("Sueldo mensual de $15,000 a $18,000", MX, (D(15000), D(18000), "MXN", "month")),
        ("Salário mensal: R$ 4.000", BR, (D(4000), D(4000), "BRL", "month")),
        ("Stipendio annuo 35.000 €", IT, (D(35000), D(35000), "EUR", "year")),
        ("₪15,000 - ₪20,000 לחודש", {"country": "IL"}, (D(15000), D(20000), "ILS", "month")),
    ],
    "no_cents_and_minimums": [
        ("CHF 110'000.– bis 130'000.– pro Jahr", CH, (D(110000), D(130000), "CHF", "year")),
        ("€ 1.500,- netto", DE, (D(1500), D(1500), "EUR", None)),
        ("COP 8 - 10 millones al mes", CO, (D(8000000), D(10000000), "COP", "month")),
        ("R$ 2,5 milhões por ano", BR, (D(2500000), D(2500000), "BRL", "year")),
        ("kr 250 per time", NO, (D(250), D(250), "NOK", "hour")),
        ("Für diese Position gilt ein Mindestgehalt von EUR 3.200,- brutto/Monat auf Vollzeitbasis. "
         "Eine Überzahlung ist je nach Qualifikation möglich.", AT, (D(3200), None, "EUR", "month")),
        ("€ 3.000 - 3.500 brutto/Monat, Überzahlung möglich", AT, (D(3000), D(3500), "EUR", "month")),
    ],
    "more_european_words": [
        ("500€/j HT", FR, (D(500), D(500), "EUR", "day")),
        ("60–70 tis. Kč", CZ, (D(60000), D(70000), "CZK", None)),
        ("5000 lei net", {"country": "RO"}, (D(5000), D(5000), "RON", None)),
        ("30.000 dólares al año", MX, (D(30000), D(30000), "USD", "year")),
    ],
    "context_in_sentences": [
        ("Product Manager, Payments. We process more than $50B in annual payment volume for 20,000 merchants. "
         "Base pay range: $160,000 - $190,000/yr, plus a 10% target bonus and equity.", US,
         (D(160000), D(190000), "USD", "year")),
        ("Je salaris bedraagt maximaal € 4.600 bruto per maand (schaal 10), bij een 36-urige werkweek.", NL,
         (None, D(4600), "EUR", "month")),
        ("月薪20-30K，14薪。五险一金、年终奖，带薪年假15天。要求3-5年Java开发经验，团队规模50人。", CN,
         (D(20000), D(30000), "CNY", "month")),
        ("月薪 NT$45,000 ~ 60,000（經常性薪資達4萬元以上），年終獎金保障2個月。", TW,
         (D(45000), D(60000), "TWD", "month")),
        ("時給1,300円～1,600円（22時以降は25%割増）。交通費規定支給（上限1日1,000円）。", JP,
         (D(1300), D(1600), "JPY", "hour")),
    ],
    "shift_differentials": [
        ("Pay range: $19.25 - $23.10/hour. Shift differential of $2/hour for nights.", US,
         (D("19.25"), D("23.10"), "USD", "hour")),
        ("$22/hr + $3/hr night differential", US, (D(22), D(22), "USD", "hour")),
        ("底薪4000+提成", CN, (D(4000), D(4000), "CNY", None)),
        ("£40k+bonus", GB, (D(40000), D(40000), "GBP", None)),
        ("$30k+", US, (D(30000), None, "USD", None)),
    ],
    "pay_frequency": [
        ("$2,500 bi-weekly", US, (D(2500), D(2500), "USD", "fortnight")),
        ("$1,900 - $2,300 per fortnight", AU, (D(1900), D(2300), "AUD", "fortnight")),
        ("£1,100 fortnightly", GB, (D(1100), D(1100), "GBP", "fortnight")),
        ("$3,200 every two weeks", US, (D(3200), D(3200), "USD", "fortnight")),
        ("$3,000 semi-monthly", US, (D(3000), D(3000), "USD", "semimonth")),
        ("₱12,000 - ₱15,000 kinsenas", PH, (D(12000), D(15000), "PHP", "semimonth")),
        ("$6,000 quincenales", MX, (D(6000), D(6000), "MXN", "semimonth")),
        ("$58,000 per year, paid biweekly", US, (D(58000), D(58000), "USD", "year")),
        ("$22/hr, paid weekly", US, (D(22), D(22), "USD", "hour")),
    ],
    "parenthetical_equivalent": [
        ("Salary €55,000 - €65,000 (approx. £47k - £56k) per year", IE, (D(55000), D(65000), "EUR", "year")),
        ("₹25,00,000 - ₹35,00,000 per annum (approx. $30,000 - $42,000)", IN,
         (D(2500000), D(3500000), "INR", "year")),
        ("HK$40,000 - HK$50,000 per month (around US$5,100 - US$6,400)", HK,
         (D(40000), D(50000), "HKD", "month")),
        ("€60.000 (ca. CHF 58'000)", DE, (D(60000), D(60000), "EUR", None)),
        ("$100,000 USD (approx. ₱5.6M)", PH, (D(100000), D(100000), "USD", None)),
        ("US$3,000 (approx. 75 triệu VND) per month", VN, (D(3000), D(3000), "USD", "month")),
        ("£45,000 (US$57,000) per annum", GB, (D(45000), D(45000), "GBP", "year")),
        ("CHF 9'000 (≈ €9,300) pro Monat", CH, (D(9000), D(9000), "CHF", "month")),
        ("¥8,000,000 (approx. $54,000) per year", JP, (D(8000000), D(8000000), "JPY", "year")),
        ("S$7,000 (~US$5,200) monthly", SG, (D(7000), D(7000), "SGD", "month")),
    ],
}

# Texts that state no salary, whatever else they contain.
NO_SALARY: list[tuple[str, dict]] = [
    ("Competitive salary", GB),
    ("Salary: DOE", GB),
    ("Salary negotiable", NONE),
    ("Market rate", GB),
    ("TBD", US),
    ("薪资面议", CN),
    ("薪酬面议", CN),
    ("Thỏa thuận", VN),
    ("Lương: Thỏa thuận", VN),
    ("a convenir", NONE),
    ("Sueldo a convenir", MX),
    ("nach Vereinbarung", DE),
    ("Gehalt nach Vereinbarung", DE),
    ("Salary not disclosed", IN),
    ("A combinar", BR),
    ("Salário a combinar", BR),
    ("회사내규에 따름", KR),
    ("면접 후 결정", KR),
    ("給与：応相談", JP),
    ("Rémunération selon profil", FR),
    ("Salario competitivo", ES),
    ("Retribuzione commisurata all'esperienza", IT),
    ("Salaris: marktconform", NL),
    ("Wynagrodzenie do negocjacji", PL),
    ("Gaji kompetitif", ID),
    ("Attractive package + 401(k)", US),
    ("5+ years of experience, team of 12, Level 3", US),
    ("Band 7 nurse, 37.5 hours per week", GB),
    ("Posted 12/03/2024 · 45 applicants", NONE),
    ("Call +44 20 7946 0958", GB),
    ("Office: 1600 Amphitheatre Parkway, Mountain View, CA 94043", US),
    ("We raised a $40M Series B and passed $2B in annual revenue", US),
    ("Up to 25% annual bonus", US),
    ("Equity: 0.1% - 0.5%", US),
    ("з/п не указана", RU),
    ("Уровень дохода не указан", RU),
    ("По договоренности", RU),
    ("Заробітна плата: договірна", UA),
    ("ตามโครงสร้างบริษัท", TH),
    ("Опыт работы 3-6 лет, 40 часов в неделю", RU),
    ("Competitive pay, 401(k), 3+ years experience required", US),
    ("Team of 5 x 13 weeks", GB),
    ("Drivers wanted, home every weekend. Call 1-800-555-0199 today.", US),
    ("CDL-A drivers wanted! $5,000 sign-on bonus, $2,500 referral bonus, and home every weekend.", US),
    ("Competitive salary DOE. Plus a £3,000 welcome bonus and 28 days holiday.", GB),
    ("Wir bieten ein attraktives Gehaltspaket sowie eine Willkommensprämie von 1.500 €.", DE),
]

# Texts whose months-per-year is written out.
MONTHS_PER_YEAR: list[tuple[str, dict, Decimal]] = [
    ("20-35K·14薪", CN, D(14)),
    ("CHF 7'500 x 13", CH, D(13)),
    ("€ 3.000 brutto x 14", AT, D(14)),
    ("3.800 € brutto im Monat, 13 Gehälter", DE, D(13)),
    ("经验3-5年，本科，薪资15-20K·14薪，五险一金", CN, D(14)),
]

ROWS = [(f"{market}:{i:02d}", text, hints, want)
        for market, rows in CASES.items() for i, (text, hints, want) in enumerate(rows)]


def _describe(text: str, hints: dict) -> str:
    r = parse(text, **hints)
    return "; ".join(
        f"[{m.role}] {m.minimum}-{m.maximum} {m.currency} {m.period} {text[m.span[0]:m.span[1]]!r}"
        for m in r.mentions
    ) or "no mentions"


@pytest.mark.parametrize(("case_id", "text", "hints", "want"), ROWS, ids=[r[0] for r in ROWS])
def test_market_case(case_id: str, text: str, hints: dict, want: tuple) -> None:
    m = parse(text, **hints).salary
    assert m is not None, f"no salary found in {text!r}; mentions: {_describe(text, hints)}"
    got = (m.minimum, m.maximum, m.currency, m.period)
    assert got == want, f"{text!r}: mentions: {_describe(text, hints)}"


@pytest.mark.parametrize(("text", "hints"), NO_SALARY, ids=[f"none:{i:02d}" for i in range(len(NO_SALARY))])
def test_no_salary(text: str, hints: dict) -> None:
    result = parse(text, **hints)
    assert result.salary is None, f"{text!r}: mentions: {_describe(text, hints)}"


@pytest.mark.parametrize(("text", "hints", "months"), MONTHS_PER_YEAR,
                         ids=[f"months:{i:02d}" for i in range(len(MONTHS_PER_YEAR))])
def test_months_per_year(text: str, hints: dict, months: Decimal) -> None:
    assert parse(text, **hints).months_per_year == months


@pytest.mark.parametrize("text", ["Monitor 5 x 13 inch, €500", "Team of 5 x 13 weeks, £400 per day", "2 x 12 months, $5,000"])
def test_a_count_times_a_unit_is_no_months_per_year(text: str) -> None:
    assert parse(text).months_per_year is None
