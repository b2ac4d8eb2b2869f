#!/usr/bin/env python3
"""Generate codebooks/default/core/actors/leaders.txt (the curated `core` layer).

Named people with date-restricted codes: heads of state and government, foreign
and defence ministers of the G20 members, the EU and forty conflict-affected
countries (holders from 2015 to the time of writing), the heads of state and
government (and most foreign ministers) of the other European states and of
further Asian, Latin American, African and Gulf states in the news of 2022-2026,
the heads and senior officials of international organisations, plus army and
intelligence chiefs and the leaders of major armed groups.  Every fact below was
written for this project from public knowledge; nothing was copied from another
dictionary.

The DATA block is a small line language:

    ### USA                      section: the country whose people follow
    == USAGOV president          an office and the code it gives its holders
    Barack Obama 2009-01-20      a holder and the day they took office; the term
                                 ends the day before the next holder starts
    Rex Tillerson 2017-02-01..2018-03-31   an explicit range (gap before the next)
    Dong Jun 2023-12-29 !        `!` = not sure the person still holds the office
                                 (or the dates are approximate): the output line
                                 gets `# verify`
    + Donald Trump | Trump => USAELI; USAOPP 2021-01-20..2025-01-19 [!]
                                 a person: all names, the default code (the
                                 code outside the dated ranges; ELI for former
                                 officials, OPP for opposition leaders, the
                                 group code for armed-group members) and extra
                                 dated codes that are not offices listed with ==

A holder without a `+` line gets its key as its only name and COUNTRY+ELI as
default.  Spells of one person that overlap are resolved by the priority of
their codes (government, defence ministers included > legislature > military >
intelligence > judiciary > opposition > anything else) and
adjacent spells with the same code are merged, so the output never has
overlapping ranges.

Run:  /work/venv/bin/python codebooks/tools/make_core_leaders.py
"""
from __future__ import annotations

import collections
import datetime as dt
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "default" / "core" / "actors" / "leaders.txt"
COUNTRIES = ROOT / "default" / "core" / "actors" / "countries.txt"
PHOENIX = ROOT / "default" / "phoenix" / "actors" / "phoenix_countries.txt"

DATA = r"""
### USA
== USAGOV president
Barack Obama 2009-01-20
Donald Trump 2017-01-20
Joe Biden 2021-01-20
Donald Trump 2025-01-20
== USAGOV vice president
Joe Biden 2009-01-20..2017-01-19
Mike Pence 2017-01-20
Kamala Harris 2021-01-20
JD Vance 2025-01-20
== USAGOV secretary of state
John Kerry 2013-02-01
Rex Tillerson 2017-02-01..2018-03-31
Mike Pompeo 2018-04-26..2021-01-20
Antony Blinken 2021-01-26..2025-01-20
Marco Rubio 2025-01-21
== USAGOV secretary of defense (of war)
Chuck Hagel 2013-02-27
Ashton Carter 2015-02-17..2017-01-20
Jim Mattis 2017-01-20..2018-12-31
Patrick Shanahan 2019-01-01
Mark Esper 2019-06-24..2020-11-09
Christopher C. Miller 2020-11-09..2021-01-20
Lloyd Austin 2021-01-22..2025-01-20
Pete Hegseth 2025-01-25
== USAMIL chairman of the joint chiefs of staff
Martin Dempsey 2011-10-01..2015-09-25
Joseph Dunford 2015-10-01
Mark Milley 2019-10-01
Charles Q. Brown 2023-10-01..2025-02-21
Dan Caine 2025-04-11
== USASPY CIA director
John Brennan 2013-03-08..2017-01-20
Mike Pompeo 2017-01-23..2018-04-25
Gina Haspel 2018-04-26..2021-01-20
William Burns 2021-03-19..2025-01-20
John Ratcliffe 2025-01-23
== USASPY director of national intelligence
James Clapper 2010-08-09..2017-01-20
Dan Coats 2017-03-16..2019-08-15
John Ratcliffe 2020-05-26..2021-01-20
Avril Haines 2021-01-21..2025-01-20
Tulsi Gabbard 2025-02-12
== USAGOV treasury secretary
Scott Bessent 2025-01-28
== USAGOV commerce secretary
Howard Lutnick 2025-02-21
== USAGOV trade representative
Jamieson Greer 2025-02-26
== USAGOV homeland security secretary
Kristi Noem 2025-01-25
== USAGOV attorney general
Pam Bondi 2025-02-05
== USAGOV national security adviser
Jake Sullivan 2021-01-20..2025-01-20
Mike Waltz 2025-01-20..2025-05-01
== USAGOV ambassador to the United Nations
Mike Waltz 2025-09-19 !
== USAGOV special envoy to the Middle East (and for peace missions)
Steve Witkoff 2025-01-20
== USAGOV special envoy for Ukraine (and Russia)
Keith Kellogg 2025-01-20..2025-12-31 !
== USACOP FBI director
James Comey 2013-09-04..2017-05-09
Christopher Wray 2017-08-02..2025-01-19
Kash Patel 2025-02-21
+ Barack Obama | Obama | Barack Hussein Obama => USAELI
+ Donald Trump | Trump | Donald J. Trump | Donald John Trump => USAELI; USAOPP 2021-01-20..2025-01-19
+ Joe Biden | Biden | Joseph Biden | Joseph R. Biden | Joseph Robinette Biden => USAELI; USAOPP 2019-04-25..2021-01-19
+ Mike Pence | Michael Pence => USAELI
+ Kamala Harris => USAELI
+ JD Vance | J.D. Vance | James David Vance => USAELI
+ John Kerry => USAELI
+ Rex Tillerson | Tillerson => USAELI
+ Mike Pompeo | Pompeo | Michael Pompeo => USAELI
+ Antony Blinken | Blinken | Tony Blinken => USAELI
+ Marco Rubio | Rubio => USAELI; USALEG 2011-01-03..2025-01-20
+ Chuck Hagel | Hagel => USAELI
+ Ashton Carter | Ash Carter => USAELI
+ Jim Mattis | James Mattis | Mattis => USAELI
+ Patrick Shanahan => USAELI
+ Christopher C. Miller => USAELI
+ Mark Esper | Esper => USAELI
+ Lloyd Austin => USAELI
+ Pete Hegseth | Hegseth | Peter Hegseth => USAELI
+ Martin Dempsey => USAMIL
+ Joseph Dunford | Joe Dunford => USAMIL
+ Mark Milley | Milley => USAMIL
+ Charles Q. Brown | CQ Brown | C.Q. Brown => USAMIL
+ Dan Caine | John Daniel Caine => USAMIL
+ John Brennan => USAELI
+ Gina Haspel | Haspel => USAELI
+ William Burns | Bill Burns | William J. Burns => USAELI
+ John Ratcliffe => USAELI
+ James Clapper => USAELI
+ Dan Coats => USAELI
+ Avril Haines => USAELI
+ Tulsi Gabbard | Gabbard => USAELI
+ James Comey | Comey => USAELI
+ Christopher Wray => USAELI
+ Nancy Pelosi | Pelosi => USALEG
+ Chuck Schumer | Schumer => USALEG
+ Mitch McConnell | McConnell => USALEG
+ Kevin McCarthy => USAELI; USALEG 2007-01-03..2023-12-31
+ Bernie Sanders => USALEG
+ Kash Patel | Kashyap Patel => USAELI
+ Scott Bessent | Bessent => USAELI
+ Howard Lutnick | Lutnick => USAELI
+ Jamieson Greer => USAELI
+ Kristi Noem => USAELI
+ Pam Bondi => USAELI
+ Mike Waltz | Michael Waltz => USAELI; USALEG 2019-01-03..2025-01-19
+ Steve Witkoff | Witkoff | Steven Witkoff => USAELI
+ Keith Kellogg => USAELI
+ Donald Trump Jr. | Donald Trump Jr | Don Jr. => USAELI
+ Melania Trump => USAELI
+ Ivanka Trump => USAELI
+ Hunter Biden => USAELI
+ Jill Biden => USAELI
+ Michelle Obama => USAELI

### ARG
== ARGGOV president
Cristina Fernández de Kirchner 2007-12-10
Mauricio Macri 2015-12-10
Alberto Fernández 2019-12-10
Javier Milei 2023-12-10
== ARGGOV vice president
Cristina Fernández de Kirchner 2019-12-10..2023-12-09
== ARGGOV foreign minister
Héctor Timerman 2010-06-18
Susana Malcorra 2015-12-10
Jorge Faurie 2017-06-12
Felipe Solá 2019-12-10
Santiago Cafiero 2021-09-20
Diana Mondino 2023-12-10
Gerardo Werthein 2024-10-30
Pablo Quirno 2025-10-27 !
== ARGGOV defence minister
Agustín Rossi 2013-06-03..2015-12-09
Julio Martínez 2015-12-10
Oscar Aguad 2017-07-17
Agustín Rossi 2019-12-10
Jorge Taiana 2021-08-10
Luis Petri 2023-12-10
Carlos Presti 2025-12-10 !
+ Cristina Fernández de Kirchner | Cristina Fernandez de Kirchner | Cristina Kirchner | Cristina Fernández | Cristina Fernandez => ARGELI; ARGOPP 2023-12-10..
+ Mauricio Macri | Macri => ARGELI
+ Alberto Fernández | Alberto Fernandez => ARGELI
+ Javier Milei | Milei | Javier Gerardo Milei => ARGELI
+ Héctor Timerman | Hector Timerman => ARGELI
+ Susana Malcorra => ARGELI
+ Jorge Faurie => ARGELI
+ Felipe Solá | Felipe Sola => ARGELI
+ Santiago Cafiero => ARGELI
+ Diana Mondino => ARGELI
+ Gerardo Werthein => ARGELI
+ Pablo Quirno => ARGELI
+ Agustín Rossi | Agustin Rossi => ARGELI
+ Julio Martínez | Julio Martinez => ARGELI
+ Oscar Aguad => ARGELI
+ Jorge Taiana => ARGELI
+ Luis Petri => ARGELI
+ Carlos Presti | Carlos Alberto Presti => ARGMIL

### AUS
== AUSGOV governor-general
Peter Cosgrove 2014-03-28
David Hurley 2019-07-01
Sam Mostyn 2024-07-01
== AUSGOV prime minister
Tony Abbott 2013-09-18
Malcolm Turnbull 2015-09-15
Scott Morrison 2018-08-24
Anthony Albanese 2022-05-23
== AUSGOV foreign minister
Julie Bishop 2013-09-18
Marise Payne 2018-08-26
Penny Wong 2022-05-23
== AUSGOV defence minister
Kevin Andrews 2014-12-23
Marise Payne 2015-09-21..2018-08-25
Christopher Pyne 2018-08-28
Linda Reynolds 2019-05-29
Peter Dutton 2021-03-30..2022-05-22
Richard Marles 2022-06-01
+ Peter Cosgrove => AUSELI
+ David Hurley => AUSELI
+ Sam Mostyn => AUSELI
+ Tony Abbott => AUSELI
+ Malcolm Turnbull | Turnbull => AUSELI
+ Scott Morrison => AUSELI
+ Anthony Albanese => AUSELI; AUSOPP 2019-05-30..2022-05-22
+ Julie Bishop => AUSELI
+ Marise Payne => AUSELI
+ Penny Wong => AUSELI
+ Kevin Andrews => AUSELI
+ Christopher Pyne => AUSELI
+ Linda Reynolds => AUSELI
+ Peter Dutton | Dutton => AUSELI; AUSGOV 2014-12-23..2021-03-29; AUSOPP 2022-05-30..2025-05-12
+ Richard Marles | Marles => AUSELI

### BRA
== BRAGOV president
Dilma Rousseff 2011-01-01..2016-05-11
Michel Temer 2016-05-12
Jair Bolsonaro 2019-01-01
Luiz Inácio Lula da Silva 2023-01-01
== BRAGOV vice president
Michel Temer 2011-01-01..2016-05-11
== BRAGOV foreign minister
Mauro Vieira 2015-01-01
José Serra 2016-05-12..2017-02-22
Aloysio Nunes 2017-03-07
Ernesto Araújo 2019-01-01..2021-03-29
Carlos França 2021-04-06
Mauro Vieira 2023-01-01
== BRAGOV defence minister
Jaques Wagner 2015-01-01
Aldo Rebelo 2015-10-02
Raul Jungmann 2016-05-12
Joaquim Silva e Luna 2018-02-26
Fernando Azevedo e Silva 2019-01-01..2021-03-30
Walter Braga Netto 2021-04-01
Paulo Sérgio Nogueira 2022-04-01
José Múcio 2023-01-01
+ Dilma Rousseff | Rousseff | Dilma => BRAELI
+ Michel Temer | Temer => BRAELI
+ Jair Bolsonaro | Bolsonaro | Jair Messias Bolsonaro => BRAELI; BRAOPP 2023-01-01..
+ Luiz Inácio Lula da Silva | Luiz Inacio Lula da Silva | Lula da Silva | Lula => BRAELI; BRAGOV 2003-01-01..2010-12-31
+ Flávio Bolsonaro | Flavio Bolsonaro => BRAOPP
+ Eduardo Bolsonaro => BRAOPP
+ Michelle Bolsonaro => BRAOPP
+ Carlos Bolsonaro => BRAOPP
+ Mauro Vieira => BRAELI
+ José Serra | Jose Serra => BRAELI
+ Aloysio Nunes | Aloysio Nunes Ferreira => BRAELI
+ Ernesto Araújo | Ernesto Araujo => BRAELI
+ Carlos França | Carlos Franca | Carlos Alberto Franco França => BRAELI
+ Jaques Wagner => BRAELI; BRAGOV 2015-10-02..2016-05-11
+ Aldo Rebelo => BRAELI
+ Raul Jungmann => BRAELI
+ Joaquim Silva e Luna => BRAELI
+ Fernando Azevedo e Silva => BRAELI
+ Walter Braga Netto | Braga Netto => BRAELI
+ Paulo Sérgio Nogueira | Paulo Sergio Nogueira => BRAELI
+ José Múcio | Jose Mucio | José Múcio Monteiro | Jose Mucio Monteiro => BRAELI

### CAN
== CANGOV governor general
David Johnston 2010-10-01
Julie Payette 2017-10-02..2021-01-21
Mary Simon 2021-07-26
== CANGOV prime minister
Stephen Harper 2006-02-06
Justin Trudeau 2015-11-04
Mark Carney 2025-03-14
== CANGOV foreign minister
John Baird 2011-05-18..2015-02-02
Rob Nicholson 2015-02-09
Stéphane Dion 2015-11-04
Chrystia Freeland 2017-01-10
François-Philippe Champagne 2019-11-20
Marc Garneau 2021-01-12
Mélanie Joly 2021-10-26
Anita Anand 2025-05-13
== CANGOV defence minister
Rob Nicholson 2013-07-15
Jason Kenney 2015-02-09
Harjit Sajjan 2015-11-04
Anita Anand 2021-10-26
Bill Blair 2023-07-26
David McGuinty 2025-05-13
+ David Johnston => CANELI
+ Julie Payette => CANELI
+ Mary Simon => CANELI
+ Stephen Harper => CANELI
+ Justin Trudeau | Trudeau => CANELI
+ Mark Carney | Carney => CANELI; CANGOV 2008-02-01..2013-06-01; GBRGOV 2013-07-01..2020-03-15
+ John Baird => CANELI
+ Rob Nicholson => CANELI
+ Stéphane Dion | Stephane Dion => CANELI
+ Chrystia Freeland | Freeland => CANELI; CANGOV 2015-11-04..2024-12-16; CANGOV 2025-03-14..2025-09-15
+ François-Philippe Champagne | Francois-Philippe Champagne => CANELI; CANGOV 2021-01-12..
+ Marc Garneau => CANELI; CANGOV 2015-11-04..2021-01-11
+ Mélanie Joly | Melanie Joly => CANELI; CANGOV 2015-11-04..2021-10-25; CANGOV 2025-05-13..
+ Anita Anand => CANELI; CANGOV 2019-11-20..2021-10-25; CANGOV 2023-07-26..2025-05-12
+ Jason Kenney => CANELI
+ Harjit Sajjan | Sajjan => CANELI
+ Bill Blair => CANELI
+ David McGuinty => CANELI

### CHN
== CHNGOV president (general secretary from 2012-11-15)
Xi Jinping 2008-03-15
== CHNGOV premier
Li Keqiang 2013-03-15
Li Qiang 2023-03-11
== CHNGOV foreign minister (Wang Yi: CCP foreign affairs chief between his terms)
Wang Yi 2013-03-16
Qin Gang 2022-12-30..2023-07-24
Wang Yi 2023-07-25
== CHNGOV defence minister
Chang Wanquan 2013-03-16
Wei Fenghe 2018-03-19
Li Shangfu 2023-03-12..2023-10-24
Dong Jun 2023-12-29 !
== CHNMIL vice chairman of the Central Military Commission
Zhang Youxia 2017-10-25.. !
He Weidong 2022-10-23..2025-10-17 !
== CHNSPY minister of state security
Chen Yixin 2022-10-30 !
+ Xi Jinping | Xi | President Xi => CHNELI
+ Li Keqiang => CHNELI
+ Li Qiang => CHNELI
+ Wang Yi => CHNELI; CHNGOV 2022-12-30..2023-07-24
+ Qin Gang => CHNELI; CHNGOV 2021-07-28..2022-12-29
+ Chang Wanquan => CHNMIL
+ Wei Fenghe => CHNMIL
+ Li Shangfu => CHNMIL
+ Dong Jun => CHNMIL
+ Zhang Youxia => CHNMIL
+ He Weidong => CHNMIL
+ Chen Yixin => CHNELI

### DEU
== DEUGOV president
Joachim Gauck 2012-03-18
Frank-Walter Steinmeier 2017-03-19
== DEUGOV chancellor
Angela Merkel 2005-11-22
Olaf Scholz 2021-12-08
Friedrich Merz 2025-05-06
== DEUGOV foreign minister
Frank-Walter Steinmeier 2013-12-17
Sigmar Gabriel 2017-01-27
Heiko Maas 2018-03-14
Annalena Baerbock 2021-12-08
Johann Wadephul 2025-05-06
== DEUGOV defence minister
Ursula von der Leyen 2013-12-17
Annegret Kramp-Karrenbauer 2019-07-17
Christine Lambrecht 2021-12-08
Boris Pistorius 2023-01-19
+ Joachim Gauck | Gauck => DEUELI
+ Frank-Walter Steinmeier | Steinmeier => DEUELI
+ Angela Merkel | Merkel => DEUELI
+ Olaf Scholz | Scholz => DEUELI; DEUGOV 2018-03-14..2021-12-07
+ Friedrich Merz | Merz => DEUELI; DEUOPP 2022-02-15..2025-05-05
+ Sigmar Gabriel => DEUELI; DEUGOV 2013-12-17..2017-01-26
+ Heiko Maas => DEUELI; DEUGOV 2013-12-17..2018-03-13
+ Annalena Baerbock | Baerbock => DEUELI; IGOUNO 2025-09-09..
+ Johann Wadephul | Wadephul => DEUELI
+ Annegret Kramp-Karrenbauer | Kramp-Karrenbauer | AKK => DEUELI
+ Christine Lambrecht | Lambrecht => DEUELI
+ Boris Pistorius => DEUELI

### FRA
== FRAGOV president
François Hollande 2012-05-15
Emmanuel Macron 2017-05-14
== FRAGOV prime minister
Manuel Valls 2014-03-31
Bernard Cazeneuve 2016-12-06
Édouard Philippe 2017-05-15
Jean Castex 2020-07-03
Élisabeth Borne 2022-05-16
Gabriel Attal 2024-01-09
Michel Barnier 2024-09-05
François Bayrou 2024-12-13
Sébastien Lecornu 2025-09-09 !
== FRAGOV foreign minister
Laurent Fabius 2012-05-16
Jean-Marc Ayrault 2016-02-11
Jean-Yves Le Drian 2017-05-17
Catherine Colonna 2022-05-20
Stéphane Séjourné 2024-01-11..2024-09-20
Jean-Noël Barrot 2024-09-21 !
== FRAGOV minister of the armed forces
Jean-Yves Le Drian 2012-05-16..2017-05-16
Sylvie Goulard 2017-05-17
Florence Parly 2017-06-21
Sébastien Lecornu 2022-05-20
Catherine Vautrin 2025-10-12 !
+ François Hollande | Francois Hollande | Hollande => FRAELI
+ Emmanuel Macron | Macron => FRAELI; FRAGOV 2014-08-26..2016-08-30
+ Brigitte Macron => FRAELI
+ Manuel Valls | Valls => FRAELI
+ Bernard Cazeneuve | Cazeneuve => FRAELI; FRAGOV 2014-04-02..2016-12-05
+ Édouard Philippe | Edouard Philippe => FRAELI
+ Jean Castex | Castex => FRAELI
+ Élisabeth Borne | Elisabeth Borne => FRAELI
+ Gabriel Attal | Attal => FRAELI
+ Michel Barnier | Barnier => FRAELI
+ François Bayrou | Francois Bayrou | Bayrou => FRAELI
+ Sébastien Lecornu | Sebastien Lecornu | Lecornu => FRAELI
+ Laurent Fabius | Fabius => FRAELI
+ Jean-Marc Ayrault | Ayrault => FRAELI
+ Jean-Yves Le Drian | Le Drian => FRAELI
+ Catherine Colonna => FRAELI
+ Stéphane Séjourné | Stephane Sejourne | Séjourné | Sejourne => FRAELI; IGOEEC 2024-12-01..
+ Jean-Noël Barrot | Jean-Noel Barrot => FRAELI
+ Sylvie Goulard => FRAELI
+ Florence Parly | Parly => FRAELI
+ Catherine Vautrin | Vautrin => FRAELI; FRAGOV 2024-01-11..2025-10-11

### GBR
== GBRGOV monarch
Queen Elizabeth II 1952-02-06
King Charles III 2022-09-08
== GBRGOV prime minister
David Cameron 2010-05-11
Theresa May 2016-07-13
Boris Johnson 2019-07-24
Liz Truss 2022-09-06
Rishi Sunak 2022-10-25
Keir Starmer 2024-07-05
== GBRGOV foreign secretary
Philip Hammond 2014-07-15
Boris Johnson 2016-07-13..2018-07-09
Jeremy Hunt 2018-07-09
Dominic Raab 2019-07-24
Liz Truss 2021-09-15
James Cleverly 2022-09-06
David Cameron 2023-11-13
David Lammy 2024-07-05
Yvette Cooper 2025-09-05 !
== GBRGOV defence secretary
Philip Hammond 2011-10-14..2014-07-14
Michael Fallon 2014-07-15..2017-11-01
Gavin Williamson 2017-11-02
Penny Mordaunt 2019-05-01
Ben Wallace 2019-07-24
Grant Shapps 2023-08-31
John Healey 2024-07-05
== GBRSPY chief of the Secret Intelligence Service (MI6)
Alex Younger 2014-11-01..2020-09-30
Richard Moore 2020-10-01
Blaise Metreweli 2025-10-01 !
+ Queen Elizabeth II | Queen Elizabeth | Elizabeth II => GBRELI
+ King Charles III | King Charles | Charles III | Prince Charles => GBRELI
+ David Cameron => GBRELI
+ Theresa May => GBRELI; GBRGOV 2010-05-12..2016-07-12
+ Boris Johnson => GBRELI
+ Liz Truss => GBRELI; GBRGOV 2014-07-15..2021-09-14
+ Rishi Sunak | Sunak => GBRELI; GBRGOV 2020-02-13..2022-07-05; GBROPP 2024-07-05..2024-11-01
+ Keir Starmer | Starmer => GBRELI; GBROPP 2020-04-04..2024-07-04
+ Kemi Badenoch | Badenoch => GBRELI; GBRGOV 2022-09-06..2024-07-04; GBROPP 2024-11-02..
+ Philip Hammond => GBRELI; GBRGOV 2016-07-13..2019-07-23
+ Jeremy Hunt => GBRELI; GBRGOV 2012-09-04..2018-07-08; GBRGOV 2022-10-14..2024-07-04
+ Dominic Raab | Raab => GBRELI; GBRGOV 2021-09-15..2022-09-05; GBRGOV 2022-10-25..2023-04-21
+ James Cleverly => GBRELI; GBRGOV 2023-11-13..2024-07-04
+ David Lammy | Lammy => GBRELI; GBRGOV 2025-09-05..
+ Yvette Cooper => GBRELI; GBRGOV 2024-07-05..2025-09-04
+ Michael Fallon => GBRELI
+ Gavin Williamson => GBRELI
+ Penny Mordaunt | Mordaunt => GBRELI
+ Ben Wallace => GBRELI
+ Grant Shapps | Shapps => GBRELI
+ John Healey => GBRELI
+ Alex Younger => GBRELI
+ Richard Moore => GBRELI
+ Blaise Metreweli => GBRELI

### EU
== IGOEEC president of the European Commission
Jean-Claude Juncker 2014-11-01
Ursula von der Leyen 2019-12-01
== IGOEEC president of the European Council
Donald Tusk 2014-12-01..2019-11-30
Charles Michel 2019-12-01
António Costa 2024-12-01
== IGOEEC High Representative for Foreign Affairs and Security Policy
Federica Mogherini 2014-11-01
Josep Borrell 2019-12-01
Kaja Kallas 2024-12-01
== IGOEEC president of the European Parliament
Martin Schulz 2012-01-17
Antonio Tajani 2017-01-17
David Sassoli 2019-07-03..2022-01-11
Roberta Metsola 2022-01-18
== IGOEEC president of the European Central Bank
Mario Draghi 2011-11-01
Christine Lagarde 2019-11-01
+ Jean-Claude Juncker | Juncker => LUXELI; LUXGOV 1995-01-20..2013-12-04
+ Ursula von der Leyen | von der Leyen => DEUELI
+ Donald Tusk | Tusk => POLELI; POLGOV 2007-11-16..2014-09-22; POLOPP 2021-07-03..2023-12-12; POLGOV 2023-12-13..
+ Charles Michel => BELELI; BELGOV 2014-10-11..2019-10-27
+ António Costa | Antonio Costa => PRTELI; PRTGOV 2015-11-26..2024-04-01
+ Federica Mogherini | Mogherini => ITAELI; ITAGOV 2014-02-22..2014-10-31
+ Josep Borrell | Borrell => ESPELI; ESPGOV 2018-06-07..2019-11-29
+ Kaja Kallas | Kallas => ESTELI; ESTGOV 2021-01-26..2024-07-22
+ Martin Schulz => DEUELI; DEUOPP 2017-03-19..2018-02-13
+ David Sassoli | Sassoli => ITAELI
+ Roberta Metsola | Metsola => MLTELI
+ Christine Lagarde | Lagarde => FRAELI; IGOIMF 2011-07-05..2019-09-12

### IND
== INDGOV president
Pranab Mukherjee 2012-07-25
Ram Nath Kovind 2017-07-25
Droupadi Murmu 2022-07-25
== INDGOV prime minister
Narendra Modi 2014-05-26
== INDGOV national security adviser
Ajit Doval 2014-05-30
== INDGOV minister of external affairs
Sushma Swaraj 2014-05-26
S. Jaishankar 2019-05-30
== INDGOV defence minister
Arun Jaitley 2014-05-26..2014-11-08
Manohar Parrikar 2014-11-09
Arun Jaitley 2017-03-13
Nirmala Sitharaman 2017-09-03
Rajnath Singh 2019-05-30
== INDMIL chief of the army staff
Dalbir Singh Suhag 2014-07-31
Bipin Rawat 2016-12-31
Manoj Mukund Naravane 2019-12-31
Manoj Pande 2022-04-30
Upendra Dwivedi 2024-06-30
== INDMIL chief of defence staff
Bipin Rawat 2020-01-01..2021-12-08
Anil Chauhan 2022-09-30 !
+ Pranab Mukherjee => INDELI
+ Ram Nath Kovind | Kovind => INDELI
+ Droupadi Murmu | Murmu => INDELI
+ Narendra Modi | Modi | Narendra Damodardas Modi => INDELI
+ Ajit Doval | Doval => INDELI
+ Sushma Swaraj => INDELI
+ S. Jaishankar | S Jaishankar | Subrahmanyam Jaishankar | Jaishankar => INDELI; INDGOV 2015-01-29..2018-01-28
+ Arun Jaitley | Jaitley => INDELI; INDGOV 2014-05-26..2019-05-29
+ Manohar Parrikar | Parrikar => INDELI
+ Nirmala Sitharaman | Sitharaman => INDELI; INDGOV 2019-05-31..
+ Rajnath Singh => INDELI; INDGOV 2014-05-26..2019-05-29
+ Dalbir Singh Suhag | Dalbir Singh => INDMIL
+ Bipin Rawat => INDMIL
+ Manoj Mukund Naravane | M.M. Naravane | MM Naravane | Naravane => INDMIL
+ Manoj Pande => INDMIL
+ Upendra Dwivedi => INDMIL
+ Anil Chauhan => INDMIL

### IDN
== IDNGOV president
Joko Widodo 2014-10-20
Prabowo Subianto 2024-10-20
== IDNGOV foreign minister
Retno Marsudi 2014-10-27..2024-10-20
Sugiono 2024-10-21 !
== IDNGOV defence minister
Ryamizard Ryacudu 2014-10-27..2019-10-20
Prabowo Subianto 2019-10-23..2024-10-19
Sjafrie Sjamsoeddin 2024-10-21
+ Joko Widodo | Jokowi => IDNELI
+ Prabowo Subianto | Prabowo => IDNELI
+ Retno Marsudi | Retno LP Marsudi => IDNELI
+ Sugiono => IDNELI
+ Ryamizard Ryacudu => IDNELI
+ Sjafrie Sjamsoeddin => IDNELI
+ Gibran Rakabuming Raka | Gibran Rakabuming => IDNELI; IDNGOV 2024-10-20..

### ITA
== ITAGOV president
Giorgio Napolitano 2006-05-15..2015-01-14
Sergio Mattarella 2015-02-03
== ITAGOV prime minister
Matteo Renzi 2014-02-22
Paolo Gentiloni 2016-12-12
Giuseppe Conte 2018-06-01
Mario Draghi 2021-02-13
Giorgia Meloni 2022-10-22
== ITAGOV foreign minister
Paolo Gentiloni 2014-10-31..2016-12-11
Angelino Alfano 2016-12-12
Enzo Moavero Milanesi 2018-06-01
Luigi Di Maio 2019-09-05
Antonio Tajani 2022-10-22
== ITAGOV defence minister
Roberta Pinotti 2014-02-22
Elisabetta Trenta 2018-06-01
Lorenzo Guerini 2019-09-05
Guido Crosetto 2022-10-22
+ Giorgio Napolitano => ITAELI
+ Sergio Mattarella | Mattarella => ITAELI
+ Matteo Renzi | Renzi => ITAELI
+ Paolo Gentiloni | Gentiloni => ITAELI; IGOEEC 2019-12-01..2024-11-30
+ Giuseppe Conte => ITAELI; ITAOPP 2022-10-22..
+ Mario Draghi | Draghi => ITAELI
+ Giorgia Meloni | Meloni => ITAELI
+ Angelino Alfano | Alfano => ITAELI; ITAGOV 2013-04-28..2016-12-11
+ Enzo Moavero Milanesi | Moavero Milanesi | Moavero => ITAELI
+ Luigi Di Maio | Di Maio => ITAELI; IGOEEC 2023-06-01..
+ Antonio Tajani | Tajani => ITAELI
+ Roberta Pinotti => ITAELI
+ Elisabetta Trenta => ITAELI
+ Lorenzo Guerini => ITAELI
+ Guido Crosetto | Crosetto => ITAELI

### JPN
== JPNGOV emperor
Emperor Akihito 1989-01-07..2019-04-30
Emperor Naruhito 2019-05-01
== JPNGOV prime minister
Shinzo Abe 2012-12-26
Yoshihide Suga 2020-09-16
Fumio Kishida 2021-10-04
Shigeru Ishiba 2024-10-01
Sanae Takaichi 2025-10-21 !
== JPNGOV chief cabinet secretary
Yoshihide Suga 2012-12-26..2020-09-15
Yoshimasa Hayashi 2023-12-14..2025-10-20
== JPNGOV foreign minister
Fumio Kishida 2012-12-26
Taro Kono 2017-08-03
Toshimitsu Motegi 2019-09-11..2021-11-04
Yoshimasa Hayashi 2021-11-10
Yoko Kamikawa 2023-09-13
Takeshi Iwaya 2024-10-01
Toshimitsu Motegi 2025-10-21 !
== JPNGOV defence minister
Gen Nakatani 2014-12-24
Tomomi Inada 2016-08-03..2017-07-28
Itsunori Onodera 2017-08-03
Takeshi Iwaya 2018-10-02
Taro Kono 2019-09-11
Nobuo Kishi 2020-09-16
Yasukazu Hamada 2022-08-10
Minoru Kihara 2023-09-13
Gen Nakatani 2024-10-01
Shinjiro Koizumi 2025-10-21 !
+ Emperor Akihito | Akihito => JPNELI
+ Emperor Naruhito | Naruhito => JPNELI
+ Shinzo Abe | Shinzō Abe => JPNELI
+ Yoshihide Suga => JPNELI
+ Fumio Kishida | Kishida => JPNELI
+ Shigeru Ishiba | Ishiba => JPNELI
+ Sanae Takaichi | Takaichi => JPNELI
+ Yoshimasa Hayashi => JPNELI
+ Taro Kono | Taro Kōno => JPNELI
+ Toshimitsu Motegi | Motegi => JPNELI
+ Yoko Kamikawa | Kamikawa => JPNELI
+ Takeshi Iwaya | Iwaya => JPNELI
+ Gen Nakatani => JPNELI
+ Tomomi Inada => JPNELI
+ Itsunori Onodera | Onodera => JPNELI
+ Nobuo Kishi => JPNELI
+ Yasukazu Hamada => JPNELI
+ Minoru Kihara => JPNELI
+ Shinjiro Koizumi => JPNELI

### KOR
== KORGOV president (acting presidents: the prime ministers below)
Park Geun-hye 2013-02-25..2017-03-10
Moon Jae-in 2017-05-10
Yoon Suk Yeol 2022-05-10..2025-04-04
Lee Jae-myung 2025-06-04
== KORGOV prime minister
Chung Hong-won 2013-02-26
Lee Wan-koo 2015-02-17..2015-04-27
Hwang Kyo-ahn 2015-06-18..2017-05-11
Lee Nak-yon 2017-05-31
Chung Sye-kyun 2020-01-14..2021-04-16
Kim Boo-kyum 2021-05-14..2022-05-11
Han Duck-soo 2022-05-21..2025-05-01
Kim Min-seok 2025-07-03
== KORGOV finance minister (acting president 2024-12-27..2025-03-24)
Choi Sang-mok 2023-12-29..2025-05-01
== KORGOV foreign minister
Yun Byung-se 2013-03-11
Kang Kyung-wha 2017-06-18
Chung Eui-yong 2021-02-09
Park Jin 2022-05-12
Cho Tae-yul 2024-01-11..2025-07-18
Cho Hyun 2025-07-19 !
== KORGOV defence minister
Han Min-koo 2014-06-30
Song Young-moo 2017-07-14
Jeong Kyeong-doo 2018-09-21
Suh Wook 2020-09-18
Lee Jong-sup 2022-05-10
Shin Won-sik 2023-10-07
Kim Yong-hyun 2024-09-06..2024-12-05
Ahn Gyu-back 2025-07-25 !
+ Park Geun-hye | Park Geun Hye => KORELI
+ Moon Jae-in | Moon Jae In => KORELI
+ Yoon Suk Yeol | Yoon Suk-yeol | Yoon Seok-youl => KORELI
+ Lee Jae-myung | Lee Jae Myung => KORELI; KOROPP 2022-08-28..2025-04-09
+ Chung Hong-won => KORELI
+ Lee Wan-koo => KORELI
+ Hwang Kyo-ahn | Hwang Kyo Ahn => KORELI; KOROPP 2019-02-27..2020-04-15
+ Lee Nak-yon | Lee Nak-yeon => KORELI
+ Chung Sye-kyun => KORELI
+ Kim Boo-kyum => KORELI
+ Han Duck-soo | Han Deok-su => KORELI
+ Kim Min-seok => KORELI
+ Choi Sang-mok => KORELI
+ Yun Byung-se => KORELI
+ Kang Kyung-wha => KORELI
+ Chung Eui-yong => KORELI
+ Park Jin => KORELI
+ Cho Tae-yul => KORELI
+ Cho Hyun => KORELI
+ Han Min-koo => KORELI
+ Song Young-moo => KORELI
+ Jeong Kyeong-doo => KORELI
+ Suh Wook => KORELI
+ Lee Jong-sup => KORELI
+ Shin Won-sik => KORELI; KORGOV 2024-09-06..2025-06-04
+ Kim Yong-hyun => KORELI
+ Ahn Gyu-back => KORELI

### MEX
== MEXGOV president
Enrique Peña Nieto 2012-12-01
Andrés Manuel López Obrador 2018-12-01
Claudia Sheinbaum 2024-10-01
== MEXGOV foreign secretary
José Antonio Meade 2012-12-01
Claudia Ruiz Massieu 2015-08-27
Luis Videgaray 2017-01-04
Marcelo Ebrard 2018-12-01..2023-06-12
Alicia Bárcena 2023-07-03
Juan Ramón de la Fuente 2024-10-01 !
== MEXGOV secretary of national defence
Salvador Cienfuegos 2012-12-01
Luis Cresencio Sandoval 2018-12-01
Ricardo Trevilla Trejo 2024-10-01
+ Enrique Peña Nieto | Enrique Pena Nieto | Peña Nieto | Pena Nieto => MEXELI
+ Andrés Manuel López Obrador | Andres Manuel Lopez Obrador | López Obrador | Lopez Obrador | AMLO => MEXELI
+ Claudia Sheinbaum | Sheinbaum => MEXELI
+ José Antonio Meade | Jose Antonio Meade => MEXELI
+ Claudia Ruiz Massieu => MEXELI
+ Luis Videgaray | Videgaray => MEXELI
+ Marcelo Ebrard | Ebrard => MEXELI; MEXGOV 2024-10-01..
+ Alicia Bárcena | Alicia Barcena => MEXELI
+ Juan Ramón de la Fuente | Juan Ramon de la Fuente => MEXELI
+ Salvador Cienfuegos => MEXMIL
+ Luis Cresencio Sandoval => MEXMIL
+ Ricardo Trevilla Trejo | Ricardo Trevilla => MEXMIL

### RUS
== RUSGOV president (and prime minister 1999-2000, 2008-2012)
Vladimir Putin 1999-08-09
== RUSGOV president 2008-2012, prime minister 2012-2020, Security Council deputy chairman
Dmitry Medvedev 2008-05-07
== RUSGOV prime minister
Mikhail Mishustin 2020-01-16
== RUSGOV Security Council secretary
Nikolai Patrushev 2008-05-12..2024-05-11
Sergei Shoigu 2024-05-12
== RUSGOV foreign minister
Sergei Lavrov 2004-03-09
== RUSGOV Kremlin spokesman / foreign ministry spokeswoman
Dmitry Peskov 2012-05-22..
Maria Zakharova 2015-08-10..
== RUSGOV defence minister
Sergei Shoigu 2012-11-06..2024-05-11
Andrei Belousov 2024-05-14
== RUSMIL chief of the general staff
Valery Gerasimov 2012-11-09
== RUSSPY FSB director
Alexander Bortnikov 2008-05-12
== RUSSPY SVR director
Sergei Naryshkin 2016-10-05
+ Vladimir Putin | Putin | Vladimir Vladimirovich Putin => RUSELI
+ Dmitry Medvedev | Dmitri Medvedev => RUSELI
+ Mikhail Mishustin | Mishustin => RUSELI; RUSGOV 2010-04-06..2020-01-15
+ Nikolai Patrushev => RUSELI; RUSGOV 2024-05-12..
+ Dmitry Patrushev => RUSELI; RUSGOV 2018-05-18..
+ Sergei Shoigu | Sergey Shoigu | Shoigu => RUSELI
+ Sergei Lavrov | Sergey Lavrov | Lavrov => RUSELI
+ Dmitry Peskov | Dmitri Peskov | Peskov => RUSELI
+ Maria Zakharova | Zakharova => RUSELI
+ Andrei Belousov | Andrey Belousov | Belousov => RUSELI; RUSGOV 2013-06-24..2024-05-13
+ Valery Gerasimov | Valeriy Gerasimov | Gerasimov => RUSMIL
+ Alexander Bortnikov | Aleksandr Bortnikov | Bortnikov => RUSSPY
+ Sergei Naryshkin | Sergey Naryshkin | Naryshkin => RUSELI; RUSLEG 2011-12-21..2016-10-04
+ Yevgeny Prigozhin | Yevgeniy Prigozhin | Prigozhin => RUSUAF
+ Dmitry Utkin => RUSUAF

### SAU
== SAUGOV king
Abdullah bin Abdulaziz 2005-08-01..2015-01-22
Salman bin Abdulaziz 2015-01-23
== SAUGOV crown prince (prime minister from 2022-09-27)
Salman bin Abdulaziz 2012-06-18..2015-01-22
Muhammad bin Nayef 2015-01-23..2017-06-20
Mohammed bin Salman 2017-06-21
== SAUGOV foreign minister (al-Jubeir: minister of state for foreign affairs from 2018)
Saud al-Faisal 1975-10-13..2015-04-28
Adel al-Jubeir 2015-04-29..
Ibrahim al-Assaf 2018-12-27..2019-10-22
Faisal bin Farhan 2019-10-23
== SAUGOV defence minister
Salman bin Abdulaziz 2011-11-05..2015-01-22
Mohammed bin Salman 2015-01-23..2022-09-26
Khalid bin Salman 2019-02-23
+ Abdullah bin Abdulaziz | Abdullah bin Abdulaziz Al Saud => SAUELI
+ Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud | King Salman => SAUELI
+ Muhammad bin Nayef | Mohammed bin Nayef | Mohammad bin Nayef => SAUELI; SAUGOV 2012-11-05..2015-01-22
+ Mohammed bin Salman | Muhammad bin Salman | Mohammad bin Salman | Mohammed bin Salman Al Saud | MBS => SAUELI
+ Saud al-Faisal => SAUELI
+ Adel al-Jubeir | Adel Al-Jubeir | al-Jubeir | Jubeir => SAUELI
+ Ibrahim al-Assaf | Ibrahim Abdulaziz al-Assaf => SAUELI
+ Faisal bin Farhan | Faisal bin Farhan Al Saud => SAUELI
+ Khalid bin Salman | Khalid bin Salman Al Saud => SAUELI; SAUGOV 2017-04-22..2019-02-22

### TUR
== TURGOV president (prime minister 2003-2014)
Recep Tayyip Erdoğan 2003-03-14
== TURGOV prime minister
Ahmet Davutoğlu 2014-08-28
Binali Yıldırım 2016-05-24..2018-07-09
== TURGOV foreign minister
Ahmet Davutoğlu 2009-05-01..2014-08-27
Mevlüt Çavuşoğlu 2014-08-29
Feridun Sinirlioğlu 2015-08-28
Mevlüt Çavuşoğlu 2015-11-24
Hakan Fidan 2023-06-03
== TURGOV defence minister
İsmet Yılmaz 2011-07-06
Vecdi Gönül 2015-08-28
İsmet Yılmaz 2015-11-24
Fikri Işık 2016-05-24
Nurettin Canikli 2017-07-19
Hulusi Akar 2018-07-10
Yaşar Güler 2023-06-03
== TURMIL chief of the general staff
Necdet Özel 2011-08-04
Hulusi Akar 2015-08-18
Yaşar Güler 2018-07-10..2023-06-02
== TURSPY MIT director
Hakan Fidan 2010-05-27
İbrahim Kalın 2023-06-05
+ Recep Tayyip Erdoğan | Recep Tayyip Erdogan | Tayyip Erdoğan | Tayyip Erdogan | Erdoğan | Erdogan => TURELI
+ Emine Erdoğan | Emine Erdogan => TURELI
+ Ahmet Davutoğlu | Ahmet Davutoglu | Davutoğlu | Davutoglu => TURELI; TUROPP 2019-12-13..
+ Binali Yıldırım | Binali Yildirim => TURELI
+ Mevlüt Çavuşoğlu | Mevlut Cavusoglu | Çavuşoğlu | Cavusoglu => TURELI
+ Feridun Sinirlioğlu | Feridun Sinirlioglu => TURELI
+ Hakan Fidan | Fidan => TURELI
+ İsmet Yılmaz | Ismet Yilmaz => TURELI
+ Vecdi Gönül | Vecdi Gonul => TURELI
+ Fikri Işık | Fikri Isik => TURELI
+ Nurettin Canikli => TURELI
+ Hulusi Akar => TURMIL
+ Yaşar Güler | Yasar Guler => TURMIL
+ Necdet Özel | Necdet Ozel => TURMIL
+ İbrahim Kalın | Ibrahim Kalin => TURELI; TURGOV 2014-12-01..2023-06-04
+ Kemal Kılıçdaroğlu | Kemal Kilicdaroglu | Kılıçdaroğlu | Kilicdaroglu => TURELI; TUROPP 2010-05-22..2023-11-04
+ Özgür Özel | Ozgur Ozel => TUROPP
+ Ekrem İmamoğlu | Ekrem Imamoglu | İmamoğlu | Imamoglu => TUROPP

### ZAF
== ZAFGOV president
Jacob Zuma 2009-05-09
Cyril Ramaphosa 2018-02-15
== ZAFGOV deputy president
Cyril Ramaphosa 2014-05-26..2018-02-14
== ZAFGOV minister of international relations
Maite Nkoana-Mashabane 2009-05-10
Lindiwe Sisulu 2018-02-27
Naledi Pandor 2019-05-30..2024-06-30
Ronald Lamola 2024-07-03
== ZAFGOV defence minister
Nosiviwe Mapisa-Nqakula 2012-06-12..2021-08-05
Thandi Modise 2021-08-06..2024-06-30
Angie Motshekga 2024-07-03
+ Jacob Zuma | Zuma => ZAFELI; ZAFOPP 2023-12-16..
+ Cyril Ramaphosa | Ramaphosa => ZAFELI
+ Maite Nkoana-Mashabane => ZAFELI
+ Lindiwe Sisulu => ZAFELI
+ Naledi Pandor | Pandor => ZAFELI
+ Ronald Lamola | Lamola => ZAFELI
+ Nosiviwe Mapisa-Nqakula | Mapisa-Nqakula => ZAFELI; ZAFLEG 2021-08-19..2024-04-03
+ Thandi Modise => ZAFELI; ZAFLEG 2019-05-22..2021-08-05
+ Angie Motshekga | Motshekga => ZAFELI

### AFG
== AFGGOV president (Islamic Republic)
Ashraf Ghani 2014-09-29..2021-08-15
== AFGGOV chief executive, then head of the High Council for National Reconciliation
Abdullah Abdullah 2014-09-29..2021-08-15
== AFGGOV first vice president
Amrullah Saleh 2020-02-19..2021-08-15
== AFGTAL supreme leader of the Taliban (Islamic Emirate from 2021-08-15)
Hibatullah Akhundzada 2021-08-15
== AFGTAL prime minister (Taliban)
Mohammad Hasan Akhund 2021-09-07
== AFGTAL deputy prime minister (Taliban)
Abdul Ghani Baradar 2021-09-07
== AFGTAL foreign minister (Taliban)
Amir Khan Muttaqi 2021-09-07
== AFGTAL defence minister (Taliban)
Mohammad Yaqoob 2021-09-07
== AFGTAL interior minister (Taliban)
Sirajuddin Haqqani 2021-09-07
== AFGTAL Taliban spokesman
Zabihullah Mujahid 2021-08-15
== AFGMIL army chief of staff (Taliban)
Qari Fasihuddin Fitrat 2021-11-07 !
== AFGSPY head of the General Directorate of Intelligence (Taliban)
Abdul Haq Wasiq 2021-09-07 !
+ Ashraf Ghani | Ashraf Ghani Ahmadzai => AFGELI
+ Abdullah Abdullah => AFGELI
+ Amrullah Saleh => AFGELI
+ Hibatullah Akhundzada | Haibatullah Akhundzada | Hebatullah Akhundzada | Akhundzada | Mawlawi Hibatullah => AFGTAL
+ Akhtar Mohammad Mansour | Akhtar Mansour | Mullah Akhtar Mansour | Mullah Mansour => AFGTAL
+ Mullah Mohammad Omar | Mullah Omar => AFGTAL
+ Mohammad Hasan Akhund | Hasan Akhund | Mullah Hasan Akhund => AFGTAL
+ Abdul Ghani Baradar | Mullah Baradar | Baradar => AFGTAL
+ Amir Khan Muttaqi | Muttaqi => AFGTAL
+ Mohammad Yaqoob | Mullah Yaqoob | Mohammad Yaqoob Mujahid | Mullah Mohammad Yaqoob => AFGTAL
+ Sirajuddin Haqqani => AFGTAL
+ Zabihullah Mujahid => AFGTAL
+ Qari Fasihuddin Fitrat | Fasihuddin Fitrat => AFGTAL
+ Abdul Haq Wasiq => AFGTAL
+ Ahmad Massoud => AFGREB
+ Shahab al-Muhajir | Sanaullah Ghafari => AFGREB !

### PAK
== PAKGOV president
Mamnoon Hussain 2013-09-09
Arif Alvi 2018-09-09
Asif Ali Zardari 2024-03-10
== PAKGOV prime minister
Nawaz Sharif 2013-06-05..2017-07-28
Shahid Khaqan Abbasi 2017-08-01..2018-05-31
Nasirul Mulk 2018-06-01
Imran Khan 2018-08-18..2022-04-10
Shehbaz Sharif 2022-04-11..2023-08-13
Anwaar-ul-Haq Kakar 2023-08-14..2024-03-03
Shehbaz Sharif 2024-03-04
== PAKGOV foreign minister / adviser on foreign affairs
Sartaj Aziz 2013-06-07..2017-07-28
Khawaja Asif 2017-08-04..2018-04-26
Shah Mahmood Qureshi 2018-08-20..2022-04-10
Bilawal Bhutto Zardari 2022-04-27..2023-08-10
Jalil Abbas Jilani 2023-08-17..2024-03-04
Ishaq Dar 2024-03-11
== PAKGOV defence minister
Khawaja Asif 2013-11-28..2017-07-28
Khurram Dastgir Khan 2017-08-04..2018-05-31
Pervez Khattak 2018-08-20..2022-04-10
Khawaja Asif 2022-04-19..2023-08-10
Khawaja Asif 2024-03-11
== PAKGOV interior minister
Sarfraz Bugti 2023-08-17..2023-12-15
Mohsin Naqvi 2024-03-11 !
== PAKMIL chief of army staff (chief of defence forces from December 2025)
Raheel Sharif 2013-11-29
Qamar Javed Bajwa 2016-11-29
Asim Munir 2022-11-29
== PAKSPY director general of the ISI
Rizwan Akhtar 2014-11-07
Naveed Mukhtar 2016-12-11
Asim Munir 2018-10-25..2019-06-15
Faiz Hameed 2019-06-16..2021-11-19
Nadeem Anjum 2021-11-20
Muhammad Asim Malik 2024-09-30
+ Mamnoon Hussain => PAKELI
+ Arif Alvi => PAKELI
+ Asif Ali Zardari | Zardari => PAKELI; PAKGOV 2008-09-09..2013-09-08
+ Nawaz Sharif | Mian Nawaz Sharif => PAKELI
+ Shahid Khaqan Abbasi => PAKELI
+ Nasirul Mulk => PAKELI
+ Imran Khan | Imran Ahmed Khan Niazi => PAKELI; PAKOPP 2022-04-11..
+ Shehbaz Sharif | Shahbaz Sharif => PAKELI; PAKOPP 2018-08-20..2022-04-10
+ Anwaar-ul-Haq Kakar | Anwaarul Haq Kakar | Anwar-ul-Haq Kakar => PAKELI
+ Sartaj Aziz => PAKELI
+ Khawaja Asif | Khawaja Muhammad Asif | Khawaja Mohammad Asif => PAKELI
+ Shah Mahmood Qureshi => PAKELI
+ Bilawal Bhutto Zardari | Bilawal Bhutto | Bilawal => PAKELI
+ Aseefa Bhutto Zardari => PAKELI
+ Jalil Abbas Jilani => PAKELI
+ Ishaq Dar => PAKELI; PAKGOV 2013-06-07..2017-11-20; PAKGOV 2022-09-28..2023-08-10
+ Khurram Dastgir Khan => PAKELI
+ Pervez Khattak => PAKELI
+ Sarfraz Bugti => PAKELI
+ Mohsin Naqvi => PAKELI
+ Raheel Sharif => PAKMIL
+ Qamar Javed Bajwa | Qamar Bajwa => PAKMIL
+ Asim Munir | Syed Asim Munir => PAKMIL
+ Rizwan Akhtar => PAKMIL
+ Naveed Mukhtar => PAKMIL
+ Faiz Hameed => PAKMIL
+ Nadeem Anjum | Nadeem Ahmed Anjum => PAKMIL
+ Muhammad Asim Malik | Asim Malik => PAKMIL

### IRN
== IRNGOV supreme leader
Ali Khamenei 1989-06-04 !
== IRNGOV president
Hassan Rouhani 2013-08-03
Ebrahim Raisi 2021-08-03..2024-05-19
Mohammad Mokhber 2024-05-20
Masoud Pezeshkian 2024-07-28
== IRNGOV first vice president
Mohammad Mokhber 2021-08-08..2024-05-19
== IRNGOV foreign minister
Mohammad Javad Zarif 2013-08-15
Hossein Amir-Abdollahian 2021-08-25..2024-05-19
Ali Bagheri Kani 2024-05-20
Abbas Araghchi 2024-08-21
== IRNGOV secretary of the Supreme National Security Council
Ali Shamkhani 2013-09-10
Ali Akbar Ahmadian 2023-05-22
Ali Larijani 2025-08-05 !
== IRNLEG speaker of parliament
Ali Larijani 2008-05-28
Mohammad Bagher Ghalibaf 2020-05-28
== IRNGOV defence minister
Hossein Dehghan 2013-08-15
Amir Hatami 2017-08-20
Mohammad-Reza Gharaei Ashtiani 2021-08-25
Aziz Nasirzadeh 2024-08-21 !
== IRNMIL chief of staff of the armed forces
Hassan Firouzabadi 1989-09-?..2016-06-27
Mohammad Bagheri 2016-06-28..2025-06-13
Abdolrahim Mousavi 2025-06-13 !
== IRNMIL commander of the army (Artesh)
Ataollah Salehi 2005-09-05
Abdolrahim Mousavi 2017-08-21..2025-06-12
Amir Hatami 2025-06-13 !
== IRNMIL commander of the IRGC
Mohammad Ali Jafari 2007-09-01
Hossein Salami 2019-04-21..2025-06-13
Mohammad Pakpour 2025-06-13 !
== IRNMIL commander of the Quds Force
Qasem Soleimani 1998-01-01..2020-01-03
Esmail Qaani 2020-01-03 !
== IRNSPY intelligence minister
Mahmoud Alavi 2013-08-15
Esmaeil Khatib 2021-08-25 !
+ Ali Khamenei | Ayatollah Ali Khamenei | Ayatollah Khamenei | Khamenei | Sayyid Ali Khamenei => IRNELI
+ Mojtaba Khamenei => IRNELI
+ Hassan Rouhani | Rouhani | Hassan Rohani => IRNELI
+ Ebrahim Raisi | Raisi | Ebrahim Raeisi => IRNELI; IRNJUD 2019-03-07..2021-07-01
+ Mohammad Mokhber | Mokhber => IRNELI
+ Masoud Pezeshkian | Pezeshkian => IRNELI
+ Mohammad Javad Zarif | Javad Zarif | Zarif => IRNELI; IRNGOV 2024-08-01..2025-03-02
+ Hossein Amir-Abdollahian | Amir-Abdollahian | Hossein Amirabdollahian | Amirabdollahian => IRNELI
+ Ali Bagheri Kani | Bagheri Kani => IRNELI; IRNGOV 2021-09-08..2024-05-19
+ Abbas Araghchi | Araghchi | Abbas Araqchi => IRNELI
+ Ali Shamkhani | Shamkhani => IRNELI
+ Ali Akbar Ahmadian => IRNELI
+ Ali Larijani => IRNELI
+ Mohammad Bagher Ghalibaf | Mohammad Baqer Qalibaf | Ghalibaf | Qalibaf => IRNELI
+ Hossein Dehghan => IRNELI
+ Amir Hatami => IRNMIL
+ Mohammad-Reza Gharaei Ashtiani | Mohammad Reza Gharaei Ashtiani | Gharaei Ashtiani => IRNMIL
+ Aziz Nasirzadeh | Nasirzadeh => IRNMIL
+ Hassan Firouzabadi => IRNMIL
+ Mohammad Bagheri | Mohammad Hossein Bagheri => IRNMIL
+ Abdolrahim Mousavi | Abdolrahim Musavi => IRNMIL
+ Ataollah Salehi => IRNMIL
+ Mohammad Ali Jafari => IRNMIL
+ Hossein Salami => IRNMIL
+ Mohammad Pakpour | Pakpour => IRNMIL
+ Qasem Soleimani | Qassem Soleimani | Soleimani => IRNMIL
+ Esmail Qaani | Esmail Ghaani | Ismail Qaani => IRNMIL
+ Mahmoud Alavi => IRNELI
+ Esmaeil Khatib | Esmail Khatib => IRNELI

### IRQ
== IRQGOV president
Fuad Masum 2014-07-24
Barham Salih 2018-10-02
Abdul Latif Rashid 2022-10-17 !
== IRQGOV prime minister
Haider al-Abadi 2014-09-08
Adil Abdul-Mahdi 2018-10-25
Mustafa al-Kadhimi 2020-05-07
Mohammed Shia al-Sudani 2022-10-27 !
== IRQGOV foreign minister
Ibrahim al-Jaafari 2014-09-08
Mohamed Ali Alhakim 2018-10-25..2020-05-06
Fuad Hussein 2020-06-06 !
== IRQGOV defence minister
Khaled al-Obaidi 2014-10-18..2016-08-25
Erfan al-Hiyali 2017-01-30..2018-10-24
Najah al-Shammari 2019-06-24..2020-05-06
Juma Inad 2020-06-06
Thabet al-Abbasi 2022-10-27 !
== IRQSPY director of the Iraqi National Intelligence Service
Mustafa al-Kadhimi 2016-06-07..2020-05-06 !
+ Fuad Masum | Fuad Masoum => IRQELI
+ Barham Salih | Barham Saleh => IRQELI
+ Abdul Latif Rashid | Abdul Latif Jamal Rashid => IRQELI
+ Haider al-Abadi => IRQELI
+ Adil Abdul-Mahdi | Adel Abdul Mahdi | Adil Abdul Mahdi => IRQELI
+ Mustafa al-Kadhimi | Mustafa Al-Kadhimi | al-Kadhimi | Kadhimi => IRQELI
+ Mohammed Shia al-Sudani | Mohammed Shia' al-Sudani | Mohammed al-Sudani | Mohammed Shiaa al-Sudani => IRQELI
+ Ibrahim al-Jaafari => IRQELI
+ Mohamed Ali Alhakim | Mohammed Ali al-Hakim => IRQELI
+ Fuad Hussein => IRQELI
+ Khaled al-Obaidi | Khalid al-Obaidi => IRQELI
+ Erfan al-Hiyali | Irfan al-Hiyali => IRQELI
+ Najah al-Shammari => IRQELI
+ Juma Inad | Jumaa Inad => IRQELI
+ Thabet al-Abbasi | Thabit al-Abbasi => IRQELI
+ Falih al-Fayyadh | Faleh al-Fayyadh | Falih al-Fayyad => IRQUAF
+ Abu Mahdi al-Muhandis | al-Muhandis => IRQUAF
+ Qais al-Khazali | Qais al-Khazaali => IRQUAF
+ Muqtada al-Sadr | Moqtada al-Sadr | Muqtada Sadr | Moqtada Sadr => IRQOPP

### SYR
== SYRGOV president (al-Sharaa: de facto leader from 2024-12-08, president from 2025-01-29)
Bashar al-Assad 2000-07-17
Ahmed al-Sharaa 2024-12-08
== SYRGOV prime minister (post abolished 2025-03-29)
Wael al-Halqi 2012-08-09
Imad Khamis 2016-07-03
Hussein Arnous 2020-08-30
Mohammad Ghazi al-Jalali 2024-09-14
Mohammed al-Bashir 2024-12-10..2025-03-29
== SYRGOV foreign minister
Walid Muallem 2006-02-11..2020-11-16
Faisal Mekdad 2020-11-22..2024-12-08
Asaad al-Shaibani 2024-12-21
== SYRGOV defence minister
Fahd Jassem al-Freij 2012-07-18
Ali Abdullah Ayyoub 2018-01-01
Ali Mahmoud Abbas 2022-04-28..2024-12-08
Murhaf Abu Qasra 2024-12-21
== SYRSPY head of General Intelligence, then interior minister (GOV)
Anas Khattab 2024-12-26..2025-03-28
+ Bashar al-Assad | Bashar Assad | Bashar al-Asad | al-Assad | Assad => SYRELI
+ Maher al-Assad | Maher Assad => SYRMIL
+ Ahmed al-Sharaa | Ahmad al-Sharaa | al-Sharaa | Sharaa | Abu Mohammad al-Jolani | Abu Mohammed al-Jolani | Abu Mohammad al-Julani | Abu Mohammed al-Julani | al-Jolani | al-Julani | Jolani | Julani | Abu Mohammad al-Golani | al-Golani => SYRREB
+ Farouk al-Sharaa => SYRELI
+ Hafez al-Assad | Hafez Assad => SYRELI; SYRGOV 1971-03-14..2000-06-10
+ Asma al-Assad | Asma Assad => SYRELI
+ Wael al-Halqi => SYRELI
+ Imad Khamis => SYRELI
+ Hussein Arnous => SYRELI
+ Mohammad Ghazi al-Jalali => SYRELI
+ Mohammed al-Bashir => SYRELI
+ Walid Muallem | Walid al-Muallem | Walid al-Moallem => SYRELI
+ Faisal Mekdad | Faisal al-Mekdad | Fayssal Mekdad => SYRELI
+ Asaad al-Shaibani | Asaad Hassan al-Shaibani | al-Shaibani | Shaibani => SYRREB
+ Fahd Jassem al-Freij => SYRMIL
+ Ali Abdullah Ayyoub => SYRMIL
+ Ali Mahmoud Abbas => SYRMIL
+ Murhaf Abu Qasra | Abu Qasra => SYRREB
+ Anas Khattab => SYRREB; SYRGOV 2025-03-29..
+ Mazloum Abdi | Mazloum Kobani => SYRREB

### YEM
== YEMGOV president, then chairman of the Presidential Leadership Council
Abdrabbuh Mansur Hadi 2012-02-25
Rashad al-Alimi 2022-04-07 !
== YEMGOV prime minister
Khaled Bahah 2014-11-09
Ahmed Obeid bin Daghr 2016-04-04
Maeen Abdulmalik 2018-10-15
Ahmed Awad bin Mubarak 2024-02-05..2025-05-03
Salem bin Braik 2025-05-06 !
== YEMGOV foreign minister
Ahmed Awad bin Mubarak 2020-12-18..2024-02-04
== YEMGOV member of the Presidential Leadership Council
Aidarous al-Zubaidi 2022-04-07 !
+ Abdrabbuh Mansur Hadi | Abd Rabbuh Mansur Hadi | Abdu Rabbu Mansour Hadi | Abed Rabbo Mansour Hadi | Abdrabbo Mansour Hadi | Mansour Hadi => YEMELI
+ Rashad al-Alimi | al-Alimi => YEMELI
+ Ali Abdullah Saleh => YEMELI
+ Khaled Bahah => YEMELI
+ Ahmed Obeid bin Daghr | Ahmed bin Daghr => YEMELI
+ Maeen Abdulmalik | Maeen Abdulmalek | Maeen Abdulmalik Saeed => YEMELI
+ Ahmed Awad bin Mubarak | Ahmed bin Mubarak => YEMELI
+ Salem bin Braik | Salem Saleh bin Braik => YEMELI
+ Aidarous al-Zubaidi | Aidarous al-Zubaydi | Aiderous al-Zubaidi => YEMSEP
+ Abdul-Malik al-Houthi | Abdulmalik al-Houthi | Abdul Malik al-Houthi | Abdel-Malek al-Houthi => YEMREB
+ Saleh al-Sammad | Saleh Ali al-Sammad => YEMREB
+ Mahdi al-Mashat | Mahdi al-Mashatt => YEMREB
+ Mohammed Ali al-Houthi => YEMREB
+ Mohammed Abdulsalam | Mohammed Abdul Salam => YEMREB
+ Yahya Saree | Yahya Sarea | Yahya Sare'e => YEMREB

### ISR
== ISRGOV president
Reuven Rivlin 2014-07-24
Isaac Herzog 2021-07-07
== ISRGOV prime minister
Benjamin Netanyahu 2009-03-31..2021-06-12
Naftali Bennett 2021-06-13
Yair Lapid 2022-07-01
Benjamin Netanyahu 2022-12-29
== ISRGOV alternate prime minister
Naftali Bennett 2022-07-01..2022-12-28
== ISRGOV foreign minister
Avigdor Lieberman 2013-11-11
Benjamin Netanyahu 2015-05-14
Israel Katz 2019-02-17
Gabi Ashkenazi 2020-05-17
Yair Lapid 2021-06-13
Eli Cohen 2022-12-29
Israel Katz 2024-01-01
Gideon Sa'ar 2024-11-07
== ISRGOV defence minister
Moshe Ya'alon 2013-03-18..2016-05-20
Avigdor Lieberman 2016-05-30..2018-11-14
Benjamin Netanyahu 2018-11-18
Naftali Bennett 2019-11-12
Benny Gantz 2020-05-17
Yoav Gallant 2022-12-29
Israel Katz 2024-11-07
== ISRGOV war cabinet member (2023-10-11..2024-06-09)
Benny Gantz 2023-10-11..2024-06-09
Gadi Eisenkot 2023-10-11..2024-06-09
== ISRGOV strategic affairs minister
Ron Dermer 2022-12-29 !
== ISRGOV finance / national security ministers
Bezalel Smotrich 2022-12-29..
Itamar Ben-Gvir 2022-12-29..2025-01-19
Itamar Ben-Gvir 2025-03-19
== ISRMIL IDF chief of staff
Benny Gantz 2011-02-14
Gadi Eisenkot 2015-02-16
Aviv Kochavi 2019-01-15
Herzi Halevi 2023-01-16
Eyal Zamir 2025-03-05
== ISRSPY director of the Mossad
Tamir Pardo 2011-01-01
Yossi Cohen 2016-01-06
David Barnea 2021-06-01 !
== ISRSPY director of the Shin Bet
Yoram Cohen 2011-05-16
Nadav Argaman 2016-05-08
Ronen Bar 2021-10-13..2025-06-15
David Zini 2025-10-05 !
+ Reuven Rivlin | Rivlin | Ruvi Rivlin => ISRELI
+ Isaac Herzog | Yitzhak Herzog => ISRELI; ISROPP 2015-03-31..2017-07-03
+ Benjamin Netanyahu | Netanyahu | Binyamin Netanyahu | Bibi Netanyahu => ISRELI; ISROPP 2021-06-13..2022-12-28
+ Sara Netanyahu => ISRELI
+ Yair Netanyahu => ISRELI
+ Naftali Bennett => ISRELI
+ Yair Lapid | Lapid => ISRELI; ISROPP 2020-05-17..2021-06-12; ISROPP 2022-12-29..
+ Benny Gantz | Gantz => ISRELI; ISROPP 2022-12-29..2023-10-10; ISROPP 2024-06-10..
+ Gabi Ashkenazi => ISRELI
+ Eli Cohen => ISRELI; ISRGOV 2024-01-01..
+ Israel Katz => ISRELI; ISRGOV 2020-05-17..2021-06-12; ISRGOV 2022-12-29..2023-12-31
+ Gideon Sa'ar | Gideon Saar | Gideon Sa’ar => ISRELI; ISRGOV 2024-09-29..2024-11-06
+ Avigdor Lieberman | Avigdor Liberman => ISRELI; ISRGOV 2021-06-13..2022-12-28; ISROPP 2022-12-29..
+ Moshe Ya'alon | Moshe Yaalon | Ya'alon | Yaalon => ISRELI
+ Yoav Gallant => ISRELI
+ Bezalel Smotrich | Smotrich => ISRELI
+ Itamar Ben-Gvir | Itamar Ben Gvir | Ben-Gvir | Ben Gvir => ISRELI
+ Gadi Eisenkot | Eisenkot => ISRELI
+ Aviv Kochavi | Kochavi => ISRMIL
+ Herzi Halevi | Herzl Halevi => ISRMIL
+ Eyal Zamir => ISRMIL
+ Tamir Pardo => ISRELI
+ Yossi Cohen => ISRELI
+ David Barnea | Barnea => ISRSPY
+ Yoram Cohen => ISRELI
+ Nadav Argaman | Argaman => ISRELI
+ Ronen Bar => ISRELI
+ David Zini => ISRMIL

### PSE
== PSEGOV president of the Palestinian Authority and PLO chairman
Mahmoud Abbas 2005-01-15
== PSEGOV prime minister
Rami Hamdallah 2013-06-06
Mohammad Shtayyeh 2019-04-14
Mohammad Mustafa 2024-03-31
== PSEGOV foreign minister
Riyad al-Maliki 2007-06-17
Mohammad Mustafa 2024-03-31..2025-03-15 !
Varsen Aghabekian 2025-03-16 !
== PSEGOV PLO secretary-general, vice president from 2025
Hussein al-Sheikh 2022-05-26 !
+ Mahmoud Abbas | Abu Mazen => PSEELI
+ Rami Hamdallah => PSEELI
+ Mohammad Shtayyeh | Mohammed Shtayyeh | Shtayyeh => PSEELI
+ Mohammad Mustafa | Mohammed Mustafa => PSEELI
+ Riyad al-Maliki | Riad al-Malki | Riyad al-Malki => PSEELI
+ Varsen Aghabekian | Varsen Aghabekian Shahin => PSEELI
+ Hussein al-Sheikh => PSEELI
+ Majed Faraj => PSESPY
+ Khaled Meshaal | Khaled Mashal | Khalid Mashal | Khaled Mashaal => PSEHMS
+ Ismail Haniyeh | Haniyeh | Ismail Haniya => PSEHMS
+ Yahya Sinwar => PSEHMS
+ Mohammed Sinwar => PSEHMS
+ Mohammed Deif | Mohammed Dief | Mohammed al-Deif => PSEHMS
+ Marwan Issa => PSEHMS
+ Saleh al-Arouri | Saleh al-Aruri => PSEHMS
+ Khalil al-Hayya | Khalil al-Hayyeh => PSEHMS
+ Izz al-Din al-Haddad | Izz ad-Din al-Haddad | Ezzedine al-Haddad => PSEHMS
+ Abu Obaida | Abu Ubaida | Abu Obeida => PSEHMS
+ Ziyad al-Nakhalah | Ziad al-Nakhalah | Ziyad Nakhaleh => PSEISJ
+ Marwan Barghouti => PSEGOVFTA

### LBN
== LBNGOV president
Michel Aoun 2016-10-31..2022-10-30
Joseph Aoun 2025-01-09
== LBNGOV prime minister
Tammam Salam 2014-02-15
Saad Hariri 2016-12-18
Hassan Diab 2020-01-21
Najib Mikati 2021-09-10
Nawaf Salam 2025-02-08
== LBNGOV foreign minister
Gebran Bassil 2014-02-15
Nassif Hitti 2020-01-21..2020-08-02
Charbel Wehbe 2020-08-03..2021-05-19
Zeina Akar 2021-05-20
Abdallah Bou Habib 2021-09-10
Youssef Rajji 2025-02-08
== LBNGOV defence minister
Samir Mouqbel 2014-02-15
Yacoub Sarraf 2016-12-18
Elias Bou Saab 2019-01-31
Zeina Akar 2020-01-21
Maurice Slim 2021-09-10
Michel Menassa 2025-02-08
== LBNMIL commander of the Lebanese Armed Forces
Jean Kahwaji 2008-08-29
Joseph Aoun 2017-03-08..2025-01-08
Rodolphe Haykal 2025-03-13 !
== LBNLEG speaker of parliament
Nabih Berri 1992-10-20
+ Michel Aoun => LBNELI
+ Joseph Aoun => LBNMIL
+ Tammam Salam => LBNELI
+ Saad Hariri | Saad al-Hariri => LBNELI
+ Hassan Diab => LBNELI
+ Najib Mikati | Mikati => LBNELI
+ Nawaf Salam => LBNELI; IGOUNOICJ 2018-02-06..2025-01-14
+ Gebran Bassil | Gibran Bassil | Bassil => LBNELI
+ Nassif Hitti => LBNELI
+ Charbel Wehbe => LBNELI
+ Zeina Akar => LBNELI
+ Abdallah Bou Habib | Abdallah Bouhabib => LBNELI
+ Youssef Rajji | Youssef Raggi => LBNELI
+ Samir Mouqbel | Samir Moqbel => LBNELI
+ Yacoub Sarraf => LBNELI
+ Elias Bou Saab => LBNELI
+ Maurice Slim => LBNELI
+ Michel Menassa => LBNELI
+ Jean Kahwaji => LBNMIL
+ Rodolphe Haykal | Rudolph Haykal => LBNMIL
+ Nabih Berri | Berri => LBNELI
+ Hassan Nasrallah | Nasrallah | Sayyed Hassan Nasrallah => LBNHEZ
+ Naim Qassem | Naim Qasim | Sheikh Naim Qassem => LBNHEZ
+ Hashem Safieddine | Hashem Safi al-Din => LBNHEZ
+ Fuad Shukr => LBNHEZ
+ Ibrahim Aqil => LBNHEZ

### UKR
== UKRGOV president
Petro Poroshenko 2014-06-07
Volodymyr Zelensky 2019-05-20
== UKRGOV prime minister
Arseniy Yatsenyuk 2014-02-27
Volodymyr Groysman 2016-04-14
Oleksiy Honcharuk 2019-08-29
Denys Shmyhal 2020-03-04
Yulia Svyrydenko 2025-07-17
== UKRGOV head of the presidential office
Andriy Yermak 2020-02-11..2025-11-28 !
== UKRGOV foreign minister
Pavlo Klimkin 2014-06-19
Vadym Prystaiko 2019-08-29
Dmytro Kuleba 2020-03-04
Andrii Sybiha 2024-09-05
== UKRGOV defence minister
Stepan Poltorak 2014-10-14
Andriy Zagorodnyuk 2019-08-29
Andriy Taran 2020-03-04..2021-11-03
Oleksii Reznikov 2021-11-04
Rustem Umerov 2023-09-06
Denys Shmyhal 2025-07-17 !
== UKRGOV secretary of the National Security and Defence Council
Rustem Umerov 2025-07-18 !
== UKRMIL commander-in-chief of the armed forces
Valerii Zaluzhnyi 2021-07-27..2024-02-08
Oleksandr Syrskyi 2024-02-08 !
== UKRMIL chief of the general staff
Viktor Muzhenko 2014-07-03
Ruslan Khomchak 2019-05-21
Serhiy Shaptala 2021-07-28
Anatoliy Barhylevych 2024-02-11
Andrii Hnatov 2025-06-01 !
== UKRSPY head of defence intelligence (HUR)
Kyrylo Budanov 2020-08-05 !
+ Petro Poroshenko | Poroshenko => UKRELI; UKROPP 2019-05-20..
+ Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy | Zelensky | Zelenskyy | Zelenskiy => UKRELI
+ Arseniy Yatsenyuk | Arseniy Yatseniuk | Yatsenyuk => UKRELI
+ Volodymyr Groysman | Volodymyr Hroisman | Groysman => UKRELI
+ Oleksiy Honcharuk | Oleksii Honcharuk | Honcharuk => UKRELI
+ Denys Shmyhal | Denis Shmygal | Shmyhal => UKRELI
+ Yulia Svyrydenko | Yuliia Svyrydenko | Svyrydenko => UKRELI; UKRGOV 2021-11-04..2025-07-16
+ Andriy Yermak | Andrii Yermak | Yermak => UKRELI
+ Pavlo Klimkin | Klimkin => UKRELI
+ Vadym Prystaiko | Prystaiko => UKRELI
+ Dmytro Kuleba | Dmitry Kuleba | Kuleba => UKRELI
+ Andrii Sybiha | Andriy Sybiha | Sybiha => UKRELI
+ Stepan Poltorak => UKRELI
+ Andriy Zagorodnyuk | Andriy Zahorodniuk => UKRELI
+ Andriy Taran => UKRELI
+ Oleksii Reznikov | Oleksiy Reznikov | Reznikov => UKRELI
+ Rustem Umerov | Umerov => UKRELI
+ Valerii Zaluzhnyi | Valery Zaluzhny | Valeriy Zaluzhnyi | Zaluzhnyi | Zaluzhny => UKRMIL; UKRGOV 2024-05-09..
+ Oleksandr Syrskyi | Oleksandr Syrsky | Syrskyi | Syrsky => UKRMIL
+ Viktor Muzhenko => UKRMIL
+ Ruslan Khomchak => UKRMIL
+ Serhiy Shaptala => UKRMIL
+ Anatoliy Barhylevych => UKRMIL
+ Andrii Hnatov | Andriy Hnatov => UKRMIL
+ Kyrylo Budanov | Kirill Budanov | Budanov => UKRMIL

### SDN
== SDNGOV head of state (chairman of the Sovereignty Council from 2019-08-21)
Omar al-Bashir 1989-06-30
Ahmed Awad Ibn Auf 2019-04-11
Abdel Fattah al-Burhan 2019-04-12
== SDNGOV deputy chairman of the Sovereignty Council (RSF leader; at war from 2023-04-15)
Mohamed Hamdan Dagalo 2019-04-13..2023-04-14
== SDNGOV prime minister
Motazz Moussa 2018-09-10
Mohamed Tahir Ayala 2019-02-23..2019-04-11
Abdalla Hamdok 2019-08-21..2022-01-02
Kamil Idris 2025-05-19 !
== SDNGOV foreign minister
Ibrahim Ghandour 2015-06-07..2018-04-19 !
Asma Mohamed Abdalla 2019-09-08..2020-07-09
Mariam al-Sadiq al-Mahdi 2021-02-08..2021-11-21 !
Ali Youssef al-Sharif 2024-11-13 !
== SDNGOV defence minister
Ahmed Awad Ibn Auf 2015-06-07..2019-04-10 !
+ Omar al-Bashir | Omar Hassan al-Bashir | Omar Bashir | Omar Hassan Ahmad al-Bashir => SDNELI
+ Ahmed Awad Ibn Auf | Awad Ibn Auf | Ibn Auf => SDNMIL
+ Abdel Fattah al-Burhan | Abdel-Fattah al-Burhan | Abdel Fattah Burhan | Abdelfattah al-Burhan | al-Burhan => SDNMIL
+ Mohamed Hamdan Dagalo | Mohammed Hamdan Dagalo | Mohamed Hamdan Daglo | Hemedti | Hemeti => SDNREB; SDNMIL 2013-08-01..2019-04-12
+ Abdelrahim Dagalo | Abdelrahim Hamdan Dagalo | Abdul Rahim Dagalo => SDNREB; SDNMIL 2013-08-01..2023-04-14
+ Motazz Moussa | Moutaz Moussa => SDNELI
+ Mohamed Tahir Ayala => SDNELI
+ Abdalla Hamdok | Abdallah Hamdok | Hamdok => SDNELI; SDNOPP 2022-01-03..
+ Kamil Idris | Kamil Eltayeb Idris => SDNELI
+ Ibrahim Ghandour => SDNELI
+ Asma Mohamed Abdalla => SDNELI
+ Mariam al-Sadiq al-Mahdi | Mariam al-Mahdi => SDNELI
+ Ali Youssef al-Sharif | Ali Youssef Ahmed al-Sharif => SDNELI
+ Abdel Aziz al-Hilu | Abdelaziz al-Hilu => SDNREB
+ Abdel Wahid al-Nur | Abdelwahid Mohamed Nur | Abdel Wahid Mohamed al-Nur => SDNREB

### SSD
== SSDGOV president
Salva Kiir 2011-07-09
== SSDGOV first vice president
Riek Machar 2016-04-26..2016-07-25
Taban Deng Gai 2016-07-26..2020-02-21
Riek Machar 2020-02-22..2025-03-26 !
== SSDGOV vice president
Taban Deng Gai 2020-02-22 !
== SSDMIL chief of general staff
Paul Malong 2014-04-23..2017-05-09 !
+ Salva Kiir | Salva Kiir Mayardit | Kiir => SSDELI
+ Riek Machar | Riek Machar Teny | Machar => SSDREB
+ Taban Deng Gai => SSDELI
+ Paul Malong | Paul Malong Awan => SSDREB
+ Thomas Cirillo | Thomas Cirillo Swaka => SSDREB

### ETH
== ETHGOV president
Mulatu Teshome 2013-10-07
Sahle-Work Zewde 2018-10-25
Taye Atske Selassie 2024-10-07
== ETHGOV prime minister
Hailemariam Desalegn 2012-08-20
Abiy Ahmed 2018-04-02
== ETHGOV foreign minister
Tedros Adhanom Ghebreyesus 2012-11-29..2016-11-01
Workneh Gebeyehu 2016-11-01
Gedu Andargachew 2019-04-18
Demeke Mekonnen 2020-11-25
Taye Atske Selassie 2024-02-14..2024-10-06
Gedion Timothewos 2024-10-10 !
== ETHGOV defence minister
Abraham Belay 2021-10-06..2024-02-13 !
Aisha Mohammed 2024-02-14 !
== ETHMIL chief of general staff of the ENDF
Samora Yenus 2001-07-01 !
Seare Mekonnen 2018-06-07..2019-06-22
Adem Mohammed 2019-06-30 !
Birhanu Jula 2020-11-04 !
== ETHGOV president of the Tigray interim administration
Getachew Reda 2023-04-05
Tadesse Werede 2025-04-08 !
+ Mulatu Teshome => ETHELI
+ Sahle-Work Zewde | Sahlework Zewde => ETHELI
+ Taye Atske Selassie | Taye Atske-Selassie | Taye Atskeselassie => ETHELI
+ Hailemariam Desalegn | Hailemariam Dessalegn => ETHELI
+ Abiy Ahmed | Abiy Ahmed Ali | Abiy => ETHELI
+ Workneh Gebeyehu => ETHELI
+ Gedu Andargachew => ETHELI
+ Demeke Mekonnen => ETHELI; ETHGOV 2012-11-29..2024-02-13
+ Gedion Timothewos => ETHELI
+ Abraham Belay => ETHELI
+ Aisha Mohammed => ETHELI; ETHGOV 2018-10-16..2019-04-17 !
+ Samora Yenus => ETHMIL
+ Seare Mekonnen => ETHMIL
+ Adem Mohammed => ETHMIL
+ Birhanu Jula | Berhanu Jula => ETHMIL
+ Getachew Reda => ETHELI; ETHREB 2020-11-04..2022-11-02; ETHGOV 2025-04-08..
+ Tadesse Werede => ETHREB
+ Debretsion Gebremichael | Debretsion Gebremikael | Debretsion => ETHREB
+ Jaal Marroo | Kumsa Diriba => ETHREB

### SOM
== SOMGOV president
Hassan Sheikh Mohamud 2012-09-16..2017-02-15
Mohamed Abdullahi Farmaajo 2017-02-16
Hassan Sheikh Mohamud 2022-05-23 !
== SOMGOV prime minister
Omar Abdirashid Ali Sharmarke 2014-12-24
Hassan Ali Khaire 2017-03-01..2020-07-25
Mohamed Hussein Roble 2020-09-23
Hamza Abdi Barre 2022-06-25 !
+ Hassan Sheikh Mohamud | Hassan Sheikh Mohamoud => SOMELI
+ Mohamed Abdullahi Farmaajo | Mohamed Abdullahi Mohamed | Farmaajo | Farmajo => SOMELI
+ Omar Abdirashid Ali Sharmarke | Omar Abdirashid Sharmarke => SOMELI
+ Hassan Ali Khaire => SOMELI
+ Mohamed Hussein Roble => SOMELI
+ Hamza Abdi Barre => SOMELI
+ Ahmed Diriye | Ahmed Umar Diriye | Ahmad Umar Diriye => SOMREB
+ Ahmed Abdi Godane | Ahmed Godane => SOMREB

### COD
== CODGOV president
Joseph Kabila 2001-01-17
Félix Tshisekedi 2019-01-24
== CODGOV prime minister
Augustin Matata Ponyo 2012-04-18
Samy Badibanga 2016-11-17
Bruno Tshibala 2017-05-16
Sylvestre Ilunga 2019-05-20
Jean-Michel Sama Lukonde 2021-02-15
Judith Suminwa 2024-06-12 !
== CODGOV foreign minister
Léonard She Okitundu 2016-12-19
Marie Tumba Nzeza 2019-09-06
Christophe Lutundula 2021-04-12
Thérèse Kayikwamba Wagner 2024-05-29 !
== CODGOV defence minister
Jean-Pierre Bemba 2023-03-23..2024-05-28
Guy Kabombo Muadiamvita 2024-05-29 !
+ Joseph Kabila | Joseph Kabila Kabange | Kabila => CODELI
+ Félix Tshisekedi | Felix Tshisekedi | Félix Tshisekedi Tshilombo | Felix Tshisekedi Tshilombo | Fatshi => CODELI
+ Étienne Tshisekedi | Etienne Tshisekedi => CODOPP
+ Laurent-Désiré Kabila | Laurent-Desire Kabila | Laurent Kabila => CODELI
+ Augustin Matata Ponyo | Matata Ponyo => CODELI
+ Samy Badibanga => CODELI
+ Bruno Tshibala => CODELI
+ Sylvestre Ilunga | Sylvestre Ilunga Ilunkamba => CODELI
+ Jean-Michel Sama Lukonde | Sama Lukonde => CODELI
+ Judith Suminwa | Judith Suminwa Tuluka => CODELI
+ Léonard She Okitundu | Leonard She Okitundu => CODELI
+ Marie Tumba Nzeza => CODELI
+ Christophe Lutundula => CODELI
+ Thérèse Kayikwamba Wagner | Therese Kayikwamba Wagner => CODELI
+ Jean-Pierre Bemba | Bemba => CODELI; CODGOV 2024-05-29..
+ Guy Kabombo Muadiamvita | Guy Kabombo => CODELI
+ Sultani Makenga | Makenga => CODREB
+ Bertrand Bisimwa => CODREB
+ Corneille Nangaa | Nangaa => CODREB
+ Musa Baluku | Seka Musa Baluku => UGAREB

### CAF
== CAFGOV president
Catherine Samba-Panza 2014-01-23
Faustin-Archange Touadéra 2016-03-30 !
== CAFGOV prime minister
Mahamat Kamoun 2014-08-10
Simplice Sarandji 2016-04-02
Firmin Ngrébada 2019-02-25
Henri-Marie Dondra 2021-06-11
Félix Moloua 2022-02-07 !
== CAFGOV foreign minister
Sylvie Baïpo-Temon 2018-12-12 !
+ Catherine Samba-Panza => CAFELI
+ Faustin-Archange Touadéra | Faustin-Archange Touadera | Faustin Archange Touadéra | Touadéra | Touadera => CAFELI
+ Mahamat Kamoun => CAFELI
+ Simplice Sarandji => CAFELI
+ Firmin Ngrébada | Firmin Ngrebada => CAFELI
+ Henri-Marie Dondra => CAFELI
+ Félix Moloua | Felix Moloua => CAFELI
+ Sylvie Baïpo-Temon | Sylvie Baipo-Temon | Sylvie Baipo Temon => CAFELI
+ François Bozizé | Francois Bozize | Bozizé | Bozize => CAFREB; CAFGOV 2003-03-15..2013-03-24
+ Ali Darassa => CAFREB
+ Noureddine Adam | Nourredine Adam => CAFREB

### MLI
== MLIGOV president (Goïta: junta leader from 2020-08-18, transitional president from 2021-05-24)
Ibrahim Boubacar Keïta 2013-09-04..2020-08-18
Bah N'Daw 2020-09-25..2021-05-24
Assimi Goïta 2021-05-25
== MLIGOV vice president / junta leader
Assimi Goïta 2020-08-18..2021-05-24
== MLIGOV prime minister
Modibo Keïta 2015-01-08
Abdoulaye Idrissa Maïga 2017-04-08
Soumeylou Boubèye Maïga 2017-12-30
Boubou Cissé 2019-04-22..2020-08-18
Moctar Ouane 2020-09-27..2021-05-24
Choguel Kokalla Maïga 2021-06-07..2024-11-20
Abdoulaye Maïga 2024-11-21
== MLIGOV minister of territorial administration, government spokesman
Abdoulaye Maïga 2021-06-11..2024-11-20
== MLIGOV foreign minister
Abdoulaye Diop 2014-04-11..2017-04-08 !
Tiébilé Dramé 2019-05-05..2020-08-18 !
Zeini Moulaye 2020-10-05..2021-05-24 !
Abdoulaye Diop 2021-06-11
== MLIGOV defence minister
Sadio Camara 2020-10-05..2021-05-24
Sadio Camara 2021-06-11 !
+ Ibrahim Boubacar Keïta | Ibrahim Boubacar Keita | IBK => MLIELI
+ Bah N'Daw | Bah Ndaw => MLIELI
+ Assimi Goïta | Assimi Goita | Goïta | Goita => MLIMIL
+ Modibo Keïta | Modibo Keita => MLIELI
+ Abdoulaye Idrissa Maïga | Abdoulaye Idrissa Maiga => MLIELI
+ Soumeylou Boubèye Maïga | Soumeylou Boubeye Maiga => MLIELI
+ Boubou Cissé | Boubou Cisse => MLIELI
+ Moctar Ouane => MLIELI
+ Choguel Kokalla Maïga | Choguel Kokalla Maiga | Choguel Maïga | Choguel Maiga => MLIELI
+ Abdoulaye Maïga | Abdoulaye Maiga => MLIMIL
+ Abdoulaye Diop => MLIELI
+ Tiébilé Dramé | Tiebile Drame => MLIELI
+ Zeini Moulaye => MLIELI
+ Sadio Camara => MLIMIL
+ Iyad Ag Ghaly | Iyad ag Ghali | Iyad Ag Ghali => MLIREB
+ Amadou Koufa | Amadou Kouffa => MLIREB

### BFA
== BFAGOV president
Michel Kafando 2014-11-18
Roch Marc Christian Kaboré 2015-12-29
Paul-Henri Sandaogo Damiba 2022-01-24
Ibrahim Traoré 2022-09-30
== BFAGOV prime minister
Yacouba Isaac Zida 2014-11-19
Paul Kaba Thiéba 2016-01-06..2019-01-19
Christophe Dabiré 2019-01-21..2021-12-10
Lassina Zerbo 2021-12-13..2022-01-24
Albert Ouédraogo 2022-03-03
Apollinaire Joachim Kyélem de Tambèla 2022-10-21..2024-12-06
Rimtalba Jean Emmanuel Ouédraogo 2024-12-07 !
== BFAGOV foreign minister
Alpha Barry 2016-01-13..2021-01-10 !
Olivia Rouamba 2022-03-05..2023-10-?
Karamoko Jean-Marie Traoré 2023-10-?
== BFAGOV defence minister
Kassoum Coulibaly 2022-10-25..2024-08-30 !
Célestin Simporé 2024-08-31 !
+ Michel Kafando => BFAELI
+ Roch Marc Christian Kaboré | Roch Marc Christian Kabore | Roch Kaboré | Roch Kabore => BFAELI
+ Paul-Henri Sandaogo Damiba | Paul-Henri Damiba | Damiba => BFAMIL
+ Ibrahim Traoré | Ibrahim Traore => BFAMIL
+ Yacouba Isaac Zida => BFAMIL
+ Paul Kaba Thiéba | Paul Kaba Thieba => BFAELI
+ Christophe Dabiré | Christophe Dabire => BFAELI
+ Lassina Zerbo => BFAELI
+ Albert Ouédraogo | Albert Ouedraogo => BFAELI
+ Apollinaire Joachim Kyélem de Tambèla | Apollinaire Joachim Kyelem de Tambela | Kyélem de Tambèla | Kyelem de Tambela => BFAELI
+ Rimtalba Jean Emmanuel Ouédraogo | Rimtalba Jean Emmanuel Ouedraogo | Jean Emmanuel Ouédraogo | Jean Emmanuel Ouedraogo => BFAELI
+ Alpha Barry => BFAELI
+ Olivia Rouamba => BFAELI
+ Karamoko Jean-Marie Traoré | Karamoko Jean-Marie Traore => BFAELI
+ Kassoum Coulibaly => BFAMIL
+ Célestin Simporé | Celestin Simpore => BFAMIL

### NER
== NERGOV president (Tchiani: head of the junta from 2023-07-26)
Mahamadou Issoufou 2011-04-07
Mohamed Bazoum 2021-04-02..2023-07-26
Abdourahamane Tchiani 2023-07-26
== NERGOV prime minister
Brigi Rafini 2011-04-07
Ouhoumoudou Mahamadou 2021-04-03..2023-07-26
Ali Lamine Zeine 2023-08-08 !
== NERGOV foreign minister
Hassoumi Massoudou 2021-04-07..2023-07-26 !
Bakary Yaou Sangaré 2023-08-10 !
== NERGOV defence minister
Salifou Mody 2023-08-10 !
+ Mahamadou Issoufou | Issoufou => NERELI
+ Mohamed Bazoum | Bazoum => NERELI
+ Abdourahamane Tchiani | Abdourahamane Tiani | Abdourahmane Tchiani | Omar Tchiani | Tchiani | Tiani => NERMIL
+ Brigi Rafini => NERELI
+ Ouhoumoudou Mahamadou => NERELI
+ Ali Lamine Zeine | Ali Mahaman Lamine Zeine => NERELI
+ Hassoumi Massoudou | Hassoumi Massaoudou => NERELI
+ Bakary Yaou Sangaré | Bakary Yaou Sangare => NERELI
+ Salifou Mody => NERMIL

### NGA
== NGAGOV president
Goodluck Jonathan 2010-05-06
Muhammadu Buhari 2015-05-29
Bola Tinubu 2023-05-29
== NGAGOV vice president
Yemi Osinbajo 2015-05-29..2023-05-28
Kashim Shettima 2023-05-29 !
== NGAGOV foreign minister
Geoffrey Onyeama 2015-11-11..2023-05-29
Yusuf Tuggar 2023-08-21 !
== NGAGOV defence minister
Mansur Dan-Ali 2015-11-11..2019-05-29
Bashir Magashi 2019-08-21..2023-05-29
Mohammed Badaru Abubakar 2023-08-21 !
== NGAMIL chief of defence staff
Gabriel Olonisakin 2015-07-13
Lucky Irabor 2021-01-26
Christopher Musa 2023-06-19 !
== NGAMIL chief of army staff
Tukur Buratai 2015-07-13
Ibrahim Attahiru 2021-01-26..2021-05-21
Faruk Yahaya 2021-05-27
Taoreed Lagbaja 2023-06-19..2024-10-29
Olufemi Oluyede 2024-10-30 !
== NGASPY director general of the DSS
Lawal Daura 2015-07-02..2018-08-07
Yusuf Bichi 2018-09-14
Adeola Ajayi 2024-08-26 !
+ Goodluck Jonathan | Goodluck Ebele Jonathan => NGAELI
+ Muhammadu Buhari | Buhari => NGAELI
+ Bola Tinubu | Bola Ahmed Tinubu | Tinubu => NGAELI
+ Yemi Osinbajo | Osinbajo => NGAELI
+ Kashim Shettima => NGAELI
+ Geoffrey Onyeama | Onyeama => NGAELI
+ Yusuf Tuggar | Yusuf Maitama Tuggar | Tuggar => NGAELI
+ Mansur Dan-Ali | Mansur Mohammed Dan-Ali => NGAELI
+ Bashir Magashi | Bashir Salihi Magashi => NGAELI
+ Mohammed Badaru Abubakar | Badaru Abubakar => NGAELI
+ Gabriel Olonisakin => NGAMIL
+ Lucky Irabor => NGAMIL
+ Christopher Musa | Christopher Gwabin Musa => NGAMIL
+ Tukur Buratai | Tukur Yusuf Buratai | Buratai => NGAMIL
+ Ibrahim Attahiru => NGAMIL
+ Faruk Yahaya => NGAMIL
+ Taoreed Lagbaja => NGAMIL
+ Olufemi Oluyede => NGAMIL
+ Lawal Daura | Lawal Musa Daura => NGAELI
+ Yusuf Bichi | Yusuf Magaji Bichi => NGAELI
+ Adeola Ajayi | Adeola Oluwatosin Ajayi => NGAELI
+ Abubakar Shekau | Shekau => NGAREB
+ Abu Musab al-Barnawi => NGAREB
+ Nnamdi Kanu => NGASEP

### CMR
== CMRGOV president
Paul Biya 1982-11-06
== CMRGOV prime minister
Philémon Yang 2009-06-30
Joseph Dion Ngute 2019-01-04 !
== CMRGOV foreign minister
Lejeune Mbella Mbella 2015-10-02 !
== CMRGOV minister delegate for defence
Joseph Beti Assomo 2015-10-02 !
+ Paul Biya | Biya => CMRELI
+ Philémon Yang | Philemon Yang => CMRELI; IGOUNO 2024-09-10..2025-09-08
+ Joseph Dion Ngute | Dion Ngute => CMRELI
+ Lejeune Mbella Mbella | Mbella Mbella => CMRELI
+ Joseph Beti Assomo | Beti Assomo => CMRELI
+ Maurice Kamto | Kamto => CMROPP
+ Julius Ayuk Tabe | Sisiku Julius Ayuk Tabe | Ayuk Tabe => CMRSEP
+ Ayaba Cho Lucas | Lucas Ayaba Cho | Ayaba Cho => CMRSEP

### TCD
== TCDGOV president (Mahamat Déby: head of the military council from 2021-04-20)
Idriss Déby 1990-12-02..2021-04-20
Mahamat Idriss Déby 2021-04-20
== TCDGOV prime minister
Kalzeubé Pahimi Deubet 2013-11-21
Albert Pahimi Padacké 2016-02-15..2018-05-03
Albert Pahimi Padacké 2021-04-26
Saleh Kebzabo 2022-10-12
Succès Masra 2024-01-01..2024-05-22
Allamaye Halina 2024-05-23 !
+ Idriss Déby | Idriss Deby | Idriss Déby Itno | Idriss Deby Itno => TCDELI
+ Mahamat Idriss Déby | Mahamat Idriss Deby | Mahamat Déby | Mahamat Deby | Mahamat Idriss Déby Itno | Mahamat Idriss Deby Itno => TCDMIL
+ Kalzeubé Pahimi Deubet | Kalzeube Pahimi Deubet => TCDELI
+ Albert Pahimi Padacké | Albert Pahimi Padacke | Pahimi Padacké | Pahimi Padacke => TCDELI
+ Saleh Kebzabo | Kebzabo => TCDELI
+ Succès Masra | Succes Masra | Masra => TCDOPP
+ Allamaye Halina => TCDELI

### LBY
== LBYGOV chairman of the Presidential Council (Government of National Accord, Tripoli)
Fayez al-Sarraj 2016-03-30
Mohamed al-Menfi 2021-03-15
== LBYGOV prime minister of the Government of National Unity (Tripoli)
Abdul Hamid Dbeibah 2021-03-15
== LBYGOV prime minister of the eastern government (House of Representatives)
Abdullah al-Thinni 2014-03-11..2021-03-15
Fathi Bashagha 2022-03-03..2023-05-16
Osama Hamad 2023-05-16 !
== LBYGOV GNA interior minister
Fathi Bashagha 2018-10-07..2021-03-15
== LBYGOV GNU foreign minister
Najla Mangoush 2021-03-15..2023-08-27
== LBYLEG speaker of the House of Representatives
Aguila Saleh 2014-08-05
+ Fayez al-Sarraj | Fayez Sarraj | Fayez al-Serraj | al-Sarraj | Serraj => LBYELI
+ Mohamed al-Menfi | Mohammed al-Menfi | Mohamed Younis al-Menfi | al-Menfi | Menfi => LBYELI
+ Abdul Hamid Dbeibah | Abdulhamid Dbeibah | Abdul Hamid al-Dbeibah | Abdulhamid al-Dbeibah | Dbeibah | Dbeiba => LBYELI
+ Abdullah al-Thinni | Abdullah al-Thani => LBYELI
+ Fathi Bashagha | Fathi Bashaga | Bashagha => LBYELI
+ Osama Hamad | Osama Hammad => LBYELI
+ Najla Mangoush | Najla el-Mangoush | Mangoush => LBYELI
+ Aguila Saleh | Aguila Saleh Issa | Agila Saleh => LBYELI
+ Khalifa Haftar | Khalifa Hifter | Haftar | Hifter => LBYMIL
+ Saddam Haftar => LBYMIL
+ Khaled Haftar => LBYMIL

### MMR
== MMRGOV president (Min Aung Hlaing: acting president from 2024-07-22)
Thein Sein 2011-03-30
Htin Kyaw 2016-03-30
Win Myint 2018-03-30..2021-02-01
Myint Swe 2021-02-01..2024-07-21
Min Aung Hlaing 2024-07-22 !
== MMRGOV state counsellor and foreign minister
Aung San Suu Kyi 2016-03-30..2021-02-01
== MMRGOV chairman of the State Administration Council and prime minister
Min Aung Hlaing 2021-02-01..2024-07-21
== MMRGOV prime minister
Nyo Saw 2025-07-31 !
== MMRGOV foreign minister (junta)
Wunna Maung Lwin 2021-02-01..2023-01-31
Than Swe 2023-02-01 !
== MMRGOV defence minister
Sein Win 2015-08-?..2021-02-01
Mya Tun Oo 2021-02-01 !
== MMRMIL commander-in-chief / deputy commander-in-chief
Min Aung Hlaing 2011-03-30..2021-01-31
Soe Win 2011-03-30 !
+ Aung San Suu Kyi | Suu Kyi | Daw Aung San Suu Kyi => MMRELI; MMROPP 2010-11-13..2016-03-29; MMROPP 2021-02-02..
+ Thein Sein => MMRELI
+ Htin Kyaw => MMRELI
+ Win Myint => MMRELI
+ Myint Swe => MMRMIL
+ Min Aung Hlaing => MMRMIL
+ Nyo Saw => MMRMIL
+ Wunna Maung Lwin => MMRELI
+ Than Swe => MMRELI
+ Sein Win => MMRMIL
+ Mya Tun Oo => MMRMIL
+ Soe Win => MMRMIL
+ Duwa Lashi La => MMROPP
+ Mahn Win Khaing Than => MMROPP
+ Zin Mar Aung => MMROPP
+ Twan Mrat Naing => MMRREB
+ N'Ban La => MMRREB
+ Peng Daxun => MMRREB

### COL
== COLGOV president
Juan Manuel Santos 2010-08-07
Iván Duque 2018-08-07
Gustavo Petro 2022-08-07..2026-08-06 !
== COLGOV foreign minister
María Ángela Holguín 2010-08-07..2018-08-06
Carlos Holmes Trujillo 2018-08-07..2019-11-11 !
Álvaro Leyva 2022-08-07..2024-01-25 !
== COLGOV defence minister
Luis Carlos Villegas 2015-06-22..2018-08-06
Guillermo Botero 2018-08-07..2019-11-06
Carlos Holmes Trujillo 2020-03-04..2021-01-26 !
Diego Molano 2021-02-03..2022-08-06 !
Iván Velásquez 2022-08-07..2025-02-20 !
Pedro Sánchez Suárez 2025-02-21..2026-08-06 !
+ Juan Manuel Santos => COLELI
+ Iván Duque | Ivan Duque => COLELI
+ Gustavo Petro | Petro => COLELI; COLOPP 2018-08-07..2022-08-06
+ María Ángela Holguín | Maria Angela Holguin => COLELI
+ Carlos Holmes Trujillo => COLELI
+ Álvaro Leyva | Alvaro Leyva => COLELI
+ Luis Carlos Villegas => COLELI
+ Guillermo Botero => COLELI
+ Diego Molano => COLELI
+ Iván Velásquez | Ivan Velasquez => COLELI
+ Pedro Sánchez Suárez | Pedro Sanchez Suarez => COLELI
+ Rodrigo Londoño | Timochenko | Timoleón Jiménez | Timoleon Jimenez => COLELI; COLREB ..2017-06-27; COLOPP 2017-09-01..
+ Iván Mordisco | Ivan Mordisco | Néstor Gregorio Vera | Nestor Gregorio Vera => COLREB
+ Iván Márquez | Ivan Marquez => COLREB

### VEN
== VENGOV president
Nicolás Maduro 2013-03-05 !
== VENGOV vice president (foreign minister 2014-2017)
Delcy Rodríguez 2014-12-26 !
== VENGOV foreign minister
Jorge Arreaza 2017-08-02..2021-08-?
Yván Gil 2023-03-?
== VENGOV defence minister
Vladimir Padrino López 2014-10-24 !
== VENGOV interior minister
Diosdado Cabello 2024-08-27 !
== VENJUD attorney general
Tarek William Saab 2017-08-05 !
+ Nicolás Maduro | Nicolas Maduro | Maduro | Nicolás Maduro Moros => VENELI
+ Delcy Rodríguez | Delcy Rodriguez => VENELI
+ Jorge Arreaza | Arreaza => VENELI
+ Yván Gil | Yvan Gil | Yván Gil Pinto => VENELI
+ Vladimir Padrino López | Vladimir Padrino Lopez | Padrino López | Padrino Lopez | Vladimir Padrino => VENMIL
+ Diosdado Cabello => VENELI
+ Tarek William Saab | Tarek Saab => VENELI
+ Juan Guaidó | Juan Guaido | Guaidó | Guaido => VENOPP
+ María Corina Machado | Maria Corina Machado => VENOPP
+ Edmundo González Urrutia | Edmundo Gonzalez Urrutia | Edmundo González | Edmundo Gonzalez => VENOPP
+ Leopoldo López | Leopoldo Lopez => VENOPP

### HTI
== HTIGOV president
Michel Martelly 2011-05-14..2016-02-07
Jocelerme Privert 2016-02-14
Jovenel Moïse 2017-02-07..2021-07-07
== HTIGOV coordinator of the Transitional Presidential Council (mandate ended 2026-02-07)
Edgard Leblanc Fils 2024-04-30
Leslie Voltaire 2024-10-07
Fritz Alphonse Jean 2025-03-07
Laurent Saint-Cyr 2025-08-07..2026-02-07 !
== HTIGOV prime minister
Evans Paul 2015-01-16
Enex Jean-Charles 2016-03-28
Jack Guy Lafontant 2017-03-21
Jean-Henry Céant 2018-09-17..2019-03-21
Joseph Jouthe 2020-03-04
Claude Joseph 2021-04-14
Ariel Henry 2021-07-20..2024-04-25
Garry Conille 2024-06-03
Alix Didier Fils-Aimé 2024-11-11 !
== HTIGOV foreign minister
Claude Joseph 2020-03-05..2021-04-13
+ Michel Martelly | Martelly => HTIELI
+ Jocelerme Privert => HTIELI
+ Jovenel Moïse | Jovenel Moise => HTIELI
+ Edgard Leblanc Fils => HTIELI
+ Leslie Voltaire => HTIELI
+ Fritz Alphonse Jean | Fritz Jean => HTIELI
+ Laurent Saint-Cyr => HTIELI
+ Evans Paul => HTIELI
+ Enex Jean-Charles => HTIELI
+ Jack Guy Lafontant => HTIELI
+ Jean-Henry Céant | Jean-Henry Ceant => HTIELI
+ Joseph Jouthe => HTIELI
+ Claude Joseph => HTIELI; HTIGOV 2021-07-20..2021-11-23
+ Ariel Henry => HTIELI
+ Garry Conille | Conille => HTIELI
+ Alix Didier Fils-Aimé | Alix Didier Fils-Aime | Fils-Aimé | Fils-Aime => HTIELI
+ Jimmy Chérizier | Jimmy Cherizier => HTICRM

### MOZ
== MOZGOV president
Filipe Nyusi 2015-01-15
Daniel Chapo 2025-01-15
== MOZGOV prime minister
Carlos Agostinho do Rosário 2015-01-17
Adriano Maleiane 2022-03-03
Maria Benvinda Levi 2025-01-17 !
== MOZGOV foreign minister
Verónica Macamo 2020-01-17..2025-01-16 !
Maria Manuela Lucas 2025-01-17 !
== MOZGOV defence minister
Cristóvão Chume 2022-03-09 !
+ Filipe Nyusi | Filipe Jacinto Nyusi | Nyusi => MOZELI
+ Daniel Chapo | Daniel Francisco Chapo => MOZELI
+ Carlos Agostinho do Rosário | Carlos Agostinho do Rosario => MOZELI
+ Adriano Maleiane => MOZELI
+ Maria Benvinda Levi | Benvinda Levi => MOZELI
+ Verónica Macamo | Veronica Macamo => MOZELI
+ Maria Manuela Lucas => MOZELI
+ Cristóvão Chume | Cristovao Chume => MOZELI
+ Venâncio Mondlane | Venancio Mondlane => MOZOPP
+ Ossufo Momade => MOZOPP
+ Afonso Dhlakama | Dhlakama => MOZOPP

### KEN
== KENGOV president
Uhuru Kenyatta 2013-04-09
William Ruto 2022-09-13
== KENGOV deputy president
William Ruto 2013-04-09..2022-09-12
Rigathi Gachagua 2022-09-13..2024-10-17
Kithure Kindiki 2024-11-01
== KENGOV prime cabinet secretary and foreign minister
Musalia Mudavadi 2022-10-27
== KENGOV foreign minister
Amina Mohamed 2013-05-15..2018-02-?
Monica Juma 2018-02-?
Raychelle Omamo 2020-03-?..2022-10-26
Alfred Mutua 2022-10-27..2024-07-?
== KENGOV defence minister
Raychelle Omamo 2013-05-15..2020-03-?
Monica Juma 2020-03-?..2022-10-26
Aden Duale 2022-10-27..2024-07-?
Soipan Tuya 2024-08-?
+ Uhuru Kenyatta => KENELI
+ William Ruto | Ruto => KENELI
+ Rigathi Gachagua | Gachagua => KENOPP
+ Kithure Kindiki | Kindiki => KENELI; KENGOV 2022-10-27..2024-10-31
+ Musalia Mudavadi | Mudavadi => KENELI
+ Amina Mohamed => KENELI
+ Monica Juma => KENELI
+ Raychelle Omamo => KENELI
+ Alfred Mutua => KENELI
+ Aden Duale => KENELI
+ Soipan Tuya => KENELI
+ Raila Odinga | Raila => KENOPP

### EGY
== EGYGOV president
Adly Mansour 2013-07-04
Abdel Fattah el-Sisi 2014-06-08
== EGYGOV president (Muslim Brotherhood)
Mohamed Morsi 2012-06-30..2013-07-03
== EGYGOV prime minister
Ibrahim Mahlab 2014-03-01
Sherif Ismail 2015-09-19
Mostafa Madbouly 2018-06-07
== EGYGOV foreign minister
Sameh Shoukry 2014-06-16
Badr Abdelatty 2024-07-03
== EGYGOV defence minister
Abdel Fattah el-Sisi 2012-08-12..2014-03-26
Sedki Sobhi 2014-03-26
Mohamed Zaki 2018-06-14
Abdel Mageed Saqr 2024-07-03
== EGYMIL chief of staff of the armed forces
Mahmoud Hegazy 2014-03-26
Mohamed Farid Hegazy 2017-10-28
Osama Askar 2021-10-27
Ahmed Fathi Khalifa 2024-07-03 !
== EGYSPY director of the General Intelligence Service
Khaled Fawzy 2014-12-21
Abbas Kamel 2018-01-18
Hassan Rashad 2024-10-16
+ Adly Mansour => EGYJUD
+ Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdel-Fattah el-Sisi | Abdel Fattah el-Sissi | Abdel-Fattah el-Sissi | el-Sisi | al-Sisi | el-Sissi | Sisi | Sissi => EGYMIL
+ Mohamed Morsi | Mohammed Morsi | Morsi | Mursi => EGYELI
+ Ibrahim Mahlab => EGYELI
+ Sherif Ismail => EGYELI
+ Mostafa Madbouly | Moustafa Madbouly | Mostafa Madbouli | Madbouly => EGYELI
+ Sameh Shoukry | Sameh Shokry | Shoukry => EGYELI
+ Badr Abdelatty | Badr Abdel Aty | Badr Abdelaty => EGYELI
+ Sedki Sobhi | Sedky Sobhy => EGYMIL
+ Mohamed Zaki | Mohamed Ahmed Zaki => EGYMIL
+ Abdel Mageed Saqr | Abdel Meguid Saqr => EGYMIL
+ Mahmoud Hegazy => EGYMIL
+ Mohamed Farid Hegazy => EGYMIL
+ Osama Askar => EGYMIL
+ Ahmed Fathi Khalifa => EGYMIL
+ Khaled Fawzy => EGYELI
+ Abbas Kamel => EGYELI
+ Hassan Rashad => EGYSPY

### ARM
== ARMGOV president
Serzh Sargsyan 2008-04-09
Armen Sarkissian 2018-04-09..2022-02-01
Vahagn Khachaturyan 2022-03-13
== ARMGOV prime minister
Hovik Abrahamyan 2014-04-13
Karen Karapetyan 2016-09-13..2018-04-16
Serzh Sargsyan 2018-04-17..2018-04-23
Karen Karapetyan 2018-04-24..2018-05-07
Nikol Pashinyan 2018-05-08 !
== ARMGOV foreign minister
Eduard Nalbandyan 2008-04-21
Zohrab Mnatsakanyan 2018-05-12..2020-11-16
Ara Aivazian 2020-11-18..2021-05-31
Ararat Mirzoyan 2021-08-19 !
== ARMGOV defence minister
Seyran Ohanyan 2008-04-21
Vigen Sargsyan 2016-10-03
Davit Tonoyan 2018-05-12..2020-11-20
Vagharshak Harutyunyan 2020-11-20..2021-08-?
Suren Papikyan 2021-11-15 !
+ Serzh Sargsyan | Serzh Sarkisian | Serzh Sargsian | Serge Sarkissian => ARMOPP
+ Armen Sarkissian | Armen Sargsyan => ARMELI
+ Vahagn Khachaturyan => ARMELI
+ Hovik Abrahamyan => ARMELI
+ Karen Karapetyan => ARMELI
+ Nikol Pashinyan | Pashinyan => ARMELI; ARMOPP 2017-04-02..2018-05-07
+ Eduard Nalbandyan | Edward Nalbandian => ARMELI
+ Zohrab Mnatsakanyan => ARMELI
+ Ara Aivazian | Ara Ayvazyan => ARMELI
+ Ararat Mirzoyan | Mirzoyan => ARMELI
+ Seyran Ohanyan => ARMOPP
+ Vigen Sargsyan => ARMELI
+ Davit Tonoyan | David Tonoyan => ARMELI
+ Vagharshak Harutyunyan => ARMELI
+ Suren Papikyan | Papikyan => ARMELI
+ Robert Kocharyan | Kocharyan => ARMOPP

### AZE
== AZEGOV president
Ilham Aliyev 2003-10-31
== AZEGOV first vice president
Mehriban Aliyeva 2017-02-21
== AZEGOV prime minister
Artur Rasizade 1996-07-26
Novruz Mammadov 2018-04-21
Ali Asadov 2019-10-08
== AZEGOV foreign minister
Elmar Mammadyarov 2004-04-02
Jeyhun Bayramov 2020-07-16
== AZEGOV foreign policy adviser to the president
Hikmet Hajiyev 2019-02-?
== AZEGOV defence minister
Zakir Hasanov 2013-10-22
+ Ilham Aliyev | Aliyev => AZEELI
+ Heydar Aliyev => AZEELI
+ Mehriban Aliyeva => AZEELI
+ Artur Rasizade => AZEELI
+ Novruz Mammadov => AZEELI
+ Ali Asadov => AZEELI
+ Elmar Mammadyarov => AZEELI
+ Jeyhun Bayramov | Bayramov => AZEELI
+ Hikmet Hajiyev => AZEELI
+ Zakir Hasanov => AZEMIL

### GEO
== GEOGOV president
Giorgi Margvelashvili 2013-11-17
Salome Zourabichvili 2018-12-16
Mikheil Kavelashvili 2024-12-29
== GEOGOV prime minister
Irakli Garibashvili 2013-11-20..2015-12-29
Giorgi Kvirikashvili 2015-12-30
Mamuka Bakhtadze 2018-06-20
Giorgi Gakharia 2019-09-08..2021-02-18
Irakli Garibashvili 2021-02-22
Irakli Kobakhidze 2024-02-08
== GEOGOV foreign minister
Giorgi Kvirikashvili 2015-09-01..2015-12-29
Mikheil Janelidze 2015-12-30
David Zalkaliani 2018-06-21..2022-03-03 !
Ilia Darchiashvili 2022-03-04 !
Maka Botchorishvili 2024-12-? !
== GEOGOV defence minister
Tinatin Khidasheli 2015-05-01
Levan Izoria 2016-08-01
Irakli Garibashvili 2019-09-08
Juansher Burchuladze 2021-02-22
Irakli Chikovani 2024-02-08 !
+ Giorgi Margvelashvili => GEOELI
+ Salome Zourabichvili | Salome Zurabishvili | Zourabichvili | Zurabishvili => GEOELI; GEOOPP 2024-12-29..
+ Mikheil Kavelashvili | Kavelashvili => GEOELI
+ Irakli Garibashvili | Garibashvili => GEOELI
+ Giorgi Kvirikashvili => GEOELI
+ Mamuka Bakhtadze => GEOELI
+ Giorgi Gakharia | Gakharia => GEOELI; GEOOPP 2021-05-29..
+ Irakli Kobakhidze | Kobakhidze => GEOELI
+ Mikheil Janelidze => GEOELI
+ David Zalkaliani => GEOELI
+ Ilia Darchiashvili => GEOELI
+ Maka Botchorishvili => GEOELI
+ Tinatin Khidasheli => GEOELI
+ Levan Izoria => GEOELI
+ Juansher Burchuladze => GEOELI
+ Irakli Chikovani => GEOELI
+ Bidzina Ivanishvili | Ivanishvili => GEOELI; GEOGOV 2012-10-25..2013-11-20; GEOGOV 2023-12-30..
+ Mikheil Saakashvili | Mikhail Saakashvili | Saakashvili => GEOOPP; GEOGOV 2004-01-25..2013-11-17

### LKA
== LKAGOV president (presidents also hold the defence portfolio)
Mahinda Rajapaksa 2005-11-19
Maithripala Sirisena 2015-01-09
Gotabaya Rajapaksa 2019-11-18..2022-07-14
Ranil Wickremesinghe 2022-07-15
Anura Kumara Dissanayake 2024-09-23
== LKAGOV prime minister
Ranil Wickremesinghe 2015-01-09..2018-10-25
Mahinda Rajapaksa 2018-10-26..2018-12-15
Ranil Wickremesinghe 2018-12-16
Mahinda Rajapaksa 2019-11-21..2022-05-09
Ranil Wickremesinghe 2022-05-12..2022-07-21
Dinesh Gunawardena 2022-07-22
Harini Amarasuriya 2024-09-24
== LKAGOV foreign minister
Mangala Samaraweera 2015-01-12
Ravi Karunanayake 2017-05-22..2017-08-10
Tilak Marapana 2017-08-15..2018-10-26
Sarath Amunugama 2018-10-29..2018-12-15
Tilak Marapana 2018-12-20..2019-11-21
Dinesh Gunawardena 2019-11-22
G.L. Peiris 2021-08-16..2022-05-09
Ali Sabry 2022-05-23..2024-09-23
Vijitha Herath 2024-09-25
== LKAGOV defence secretary
Gotabaya Rajapaksa 2005-11-25..2015-01-08
+ Mahinda Rajapaksa => LKAELI; LKAOPP 2018-12-18..2019-11-20
+ Maithripala Sirisena | Sirisena => LKAELI
+ Gotabaya Rajapaksa | Gotabhaya Rajapaksa => LKAELI
+ Ranil Wickremesinghe | Ranil Wickramasinghe | Wickremesinghe => LKAELI
+ Anura Kumara Dissanayake | Anura Kumara Dissanayaka => LKAELI
+ Dinesh Gunawardena => LKAELI
+ Harini Amarasuriya => LKAELI
+ Mangala Samaraweera => LKAELI
+ Ravi Karunanayake => LKAELI
+ Tilak Marapana => LKAELI
+ Sarath Amunugama => LKAELI
+ G.L. Peiris | GL Peiris | Gamini Lakshman Peiris => LKAELI
+ Ali Sabry => LKAELI
+ Vijitha Herath => LKAELI

### BGD
== BGDGOV president
Mohammad Abdul Hamid 2013-03-14
Mohammed Shahabuddin 2023-04-24 !
== BGDGOV prime minister / chief adviser of the interim government
Sheikh Hasina 2009-01-06..2024-08-05
Muhammad Yunus 2024-08-08 !
== BGDGOV foreign minister / adviser
Abul Hassan Mahmud Ali 2014-01-12
A. K. Abdul Momen 2019-01-07
Hasan Mahmud 2024-01-11..2024-08-05
Touhid Hossain 2024-08-16 !
== BGDMIL chief of army staff
Aziz Ahmed 2018-06-25
S M Shafiuddin Ahmed 2021-06-24
Waker-uz-Zaman 2024-06-23 !
+ Mohammad Abdul Hamid | Md. Abdul Hamid | Md Abdul Hamid => BGDELI
+ Mohammed Shahabuddin | Mohammed Shahabuddin Chuppu => BGDELI
+ Sheikh Hasina | Sheikh Hasina Wazed | Hasina => BGDELI; BGDOPP 2024-08-06..
+ Muhammad Yunus | Mohammad Yunus => BGDELI
+ Abul Hassan Mahmud Ali | AH Mahmood Ali | Abul Hassan Mahmood Ali => BGDELI
+ A. K. Abdul Momen | AK Abdul Momen | Abul Kalam Abdul Momen => BGDELI
+ Hasan Mahmud => BGDELI
+ Touhid Hossain | Md Touhid Hossain => BGDELI
+ Aziz Ahmed => BGDMIL
+ S M Shafiuddin Ahmed | SM Shafiuddin Ahmed | S.M. Shafiuddin Ahmed => BGDMIL
+ Waker-uz-Zaman | Waker-Uz-Zaman | Waqar-uz-Zaman => BGDMIL
+ Khaleda Zia => BGDOPP; BGDGOV 2001-10-10..2006-10-29
+ Tarique Rahman => BGDOPP !

### PHL
== PHLGOV president
Benigno Aquino III 2010-06-30
Rodrigo Duterte 2016-06-30
Ferdinand Marcos Jr. 2022-06-30
== PHLGOV vice president
Sara Duterte 2022-06-30..2024-06-19
== PHLGOV foreign secretary
Albert del Rosario 2011-02-24
Jose Rene Almendras 2016-03-07
Perfecto Yasay Jr. 2016-06-30..2017-03-08
Enrique Manalo 2017-03-09..2017-05-17
Alan Peter Cayetano 2017-05-18
Teodoro Locsin Jr. 2018-10-17..2022-06-30
Enrique Manalo 2022-07-01
Theresa Lazaro 2025-07-01 !
== PHLGOV defence secretary
Voltaire Gazmin 2010-06-30..2016-06-30
Delfin Lorenzana 2016-07-01..2022-06-30
Jose Faustino Jr. 2022-07-01
Carlito Galvez Jr. 2023-01-09
Gilberto Teodoro 2023-06-05
== PHLMIL chief of staff of the Armed Forces of the Philippines
Romeo Brawner Jr. 2023-07-21 !
+ Benigno Aquino III | Benigno Aquino | Noynoy Aquino | PNoy => PHLELI
+ Rodrigo Duterte | Rody Duterte => PHLELI
+ Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Bongbong Marcos | Ferdinand R. Marcos Jr. | Marcos Jr. | Marcos Jr | BBM => PHLELI
+ Ferdinand Marcos | Ferdinand E. Marcos => PHLELI
+ Sara Duterte | Sara Duterte-Carpio => PHLELI; PHLOPP 2024-06-20..
+ Albert del Rosario => PHLELI
+ Jose Rene Almendras => PHLELI
+ Perfecto Yasay Jr. | Perfecto Yasay => PHLELI
+ Enrique Manalo => PHLELI
+ Alan Peter Cayetano => PHLELI
+ Teodoro Locsin Jr. | Teodoro Locsin | Teddy Locsin => PHLELI
+ Theresa Lazaro | Ma. Theresa Lazaro | Maria Theresa Lazaro => PHLELI
+ Voltaire Gazmin => PHLELI
+ Delfin Lorenzana | Lorenzana => PHLELI
+ Jose Faustino Jr. | Jose Faustino => PHLELI
+ Carlito Galvez Jr. | Carlito Galvez => PHLELI
+ Gilberto Teodoro | Gibo Teodoro | Gilberto Teodoro Jr. => PHLELI
+ Romeo Brawner Jr. | Romeo Brawner => PHLMIL

### THA
== THAGOV king
King Bhumibol Adulyadej 1946-06-09
King Maha Vajiralongkorn 2016-10-13
== THAGOV prime minister (Prayut: head of the junta from 2014-05-22)
Yingluck Shinawatra 2011-08-05..2014-05-07
Prayut Chan-o-cha 2014-05-22..2023-08-22
Srettha Thavisin 2023-08-23..2024-08-14
Paetongtarn Shinawatra 2024-08-16..2025-08-29
Anutin Charnvirakul 2025-09-07 !
== THAGOV foreign minister
Don Pramudwinai 2015-08-23
Parnpree Bahiddha-nukara 2023-09-01..2024-04-28
Maris Sangiampongsa 2024-04-30
Sihasak Phuangketkeow 2025-09-19 !
== THAGOV defence minister
Prawit Wongsuwon 2014-08-30
Prayut Chan-o-cha 2019-07-10
Sutin Klungsang 2023-09-01
Phumtham Wechayachai 2024-09-03..2025-07-02
Natthaphon Narkphanit 2025-07-03 !
== THAGOV acting prime minister / deputy prime minister
Phumtham Wechayachai 2025-07-03..2025-09-06
== THAMIL commander-in-chief of the Royal Thai Army
Prayut Chan-o-cha 2010-10-01..2014-05-21
Apirat Kongsompong 2018-10-01
Narongpan Jitkaewtae 2020-10-01
Charoenchai Hinthao 2023-10-01
Pana Claewplodtook 2024-10-01 !
+ King Bhumibol Adulyadej | Bhumibol Adulyadej | King Bhumibol => THAELI
+ King Maha Vajiralongkorn | Maha Vajiralongkorn | King Vajiralongkorn | Vajiralongkorn => THAELI
+ Yingluck Shinawatra | Yingluck => THAELI
+ Prayut Chan-o-cha | Prayuth Chan-ocha | Prayut Chan-ocha | Prayuth Chan-o-cha | Prayut | Prayuth => THAELI
+ Srettha Thavisin | Srettha => THAELI
+ Paetongtarn Shinawatra | Paetongtarn => THAELI
+ Anutin Charnvirakul | Anutin => THAELI
+ Don Pramudwinai => THAELI
+ Parnpree Bahiddha-nukara | Parnpree => THAELI
+ Maris Sangiampongsa => THAELI
+ Sihasak Phuangketkeow => THAELI
+ Prawit Wongsuwon | Prawit Wongsuwan | Prawit => THAELI; THAGOV 2014-08-30..2023-08-31
+ Sutin Klungsang => THAELI
+ Phumtham Wechayachai | Phumtham => THAELI
+ Natthaphon Narkphanit => THAELI
+ Apirat Kongsompong => THAMIL
+ Narongpan Jitkaewtae => THAMIL
+ Charoenchai Hinthao => THAMIL
+ Pana Claewplodtook => THAMIL
+ Thaksin Shinawatra | Thaksin => THAELI; THAGOV 2001-02-09..2006-09-19

### PRK
== PRKGOV supreme leader
Kim Jong Un 2011-12-17
== PRKGOV head of the Supreme People's Assembly (nominal head of state)
Kim Yong-nam 1998-09-05..2019-04-11
Choe Ryong-hae 2019-04-11 !
== PRKGOV premier
Pak Pong-ju 2013-04-01
Kim Jae-ryong 2019-04-11
Kim Tok-hun 2020-08-13
Pak Thae-song 2024-12-31 !
== PRKGOV foreign minister
Ri Yong-ho 2016-05-09..2020-01-17 !
Ri Son-gwon 2020-01-18 !
Choe Son-hui 2022-06-11 !
== PRKGOV defence minister
Kang Sun-nam 2022-12-31..2024-10-? !
No Kwang-chol 2024-10-? !
+ Kim Jong Un | Kim Jong-un | Kim Jong-Un | Kim Jong Eun => PRKELI
+ Kim Yo Jong | Kim Yo-jong => PRKGOV
+ Kim Yong-nam | Kim Yong Nam => PRKELI
+ Choe Ryong-hae | Choe Ryong Hae => PRKELI
+ Pak Pong-ju | Pak Pong Ju => PRKELI
+ Kim Jae-ryong | Kim Jae Ryong => PRKELI
+ Kim Tok-hun | Kim Tok Hun | Kim Dok-hun => PRKELI
+ Pak Thae-song | Pak Thae Song => PRKELI
+ Ri Yong-ho | Ri Yong Ho => PRKELI
+ Ri Son-gwon | Ri Son Gwon => PRKELI
+ Choe Son-hui | Choe Son Hui => PRKELI
+ Kang Sun-nam | Kang Sun Nam => PRKMIL
+ No Kwang-chol | No Kwang Chol => PRKMIL

### TWN
== TWNGOV president
Ma Ying-jeou 2008-05-20
Tsai Ing-wen 2016-05-20
Lai Ching-te 2024-05-20
== TWNGOV vice president / premier
Lai Ching-te 2017-09-08..2019-01-14
Lai Ching-te 2020-05-20..2024-05-19
== TWNGOV premier
Mao Chi-kuo 2014-12-08
Chang San-cheng 2016-02-01
Lin Chuan 2016-05-20..2017-09-07
Su Tseng-chang 2019-01-14
Chen Chien-jen 2023-01-31
Cho Jung-tai 2024-05-20
== TWNGOV foreign minister
Joseph Wu 2018-02-26..2024-05-19
Lin Chia-lung 2024-05-20
== TWNGOV secretary-general of the National Security Council
Joseph Wu 2024-05-20 !
== TWNGOV defence minister
Kao Kuang-chi 2015-01-30
Feng Shih-kuan 2016-05-20
Yen De-fa 2018-02-26
Chiu Kuo-cheng 2021-02-23
Wellington Koo 2024-05-20
+ Ma Ying-jeou | Ma Ying-Jeou => TWNELI
+ Tsai Ing-wen | Tsai Ing Wen => TWNELI
+ Lai Ching-te | William Lai | Lai Ching-teh => TWNELI
+ Mao Chi-kuo => TWNELI
+ Chang San-cheng => TWNELI
+ Lin Chuan => TWNELI
+ Su Tseng-chang => TWNELI
+ Chen Chien-jen => TWNELI
+ Cho Jung-tai => TWNELI
+ Joseph Wu | Jaushieh Joseph Wu => TWNELI
+ Lin Chia-lung => TWNELI
+ Kao Kuang-chi => TWNELI
+ Feng Shih-kuan => TWNELI
+ Yen De-fa => TWNELI
+ Chiu Kuo-cheng => TWNELI
+ Wellington Koo => TWNELI

### QAT
== QATGOV emir
Hamad bin Khalifa Al Thani 1995-06-27
Tamim bin Hamad Al Thani 2013-06-25
== QATGOV prime minister
Abdullah bin Nasser bin Khalifa Al Thani 2013-06-26
Khalid bin Khalifa bin Abdulaziz Al Thani 2020-01-28
Mohammed bin Abdulrahman Al Thani 2023-03-07
== QATGOV foreign minister
Khalid al-Attiyah 2013-06-26
Mohammed bin Abdulrahman Al Thani 2016-01-27
== QATGOV minister of state for defence affairs
Hamad bin Ali al-Attiyah 2013-06-26
Khalid al-Attiyah 2016-01-27 !
+ Hamad bin Khalifa Al Thani | Sheikh Hamad bin Khalifa => QATELI
+ Tamim bin Hamad Al Thani | Sheikh Tamim bin Hamad Al Thani | Sheikh Tamim bin Hamad | Sheikh Tamim | Emir Tamim => QATELI
+ Abdullah bin Nasser bin Khalifa Al Thani | Abdullah bin Nasser Al Thani => QATELI
+ Khalid bin Khalifa bin Abdulaziz Al Thani | Khalid bin Khalifa Al Thani => QATELI
+ Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman bin Jassim Al Thani | Sheikh Mohammed bin Abdulrahman | Mohammed bin Abdulrahman => QATELI
+ Khalid al-Attiyah | Khalid bin Mohammad Al Attiyah | Khalid Al Attiyah => QATELI
+ Hamad bin Ali al-Attiyah | Hamad bin Ali Al Attiyah => QATELI

### OTHER
# Leaders of neighbouring and mediating states that recur in conflict news.
== AREGOV crown prince of Abu Dhabi, president from 2022-05-14
Mohamed bin Zayed 2004-11-02
== AREGOV foreign minister
Abdullah bin Zayed 2006-02-09
== JORGOV king
Abdullah II 1999-02-07
== JORGOV foreign minister
Ayman Safadi 2017-01-15
== RWAGOV president (vice president and defence minister 1994-2000)
Paul Kagame 1994-07-19
== UGAGOV president
Yoweri Museveni 1986-01-29 !
== UGAMIL chief of defence forces
Muhoozi Kainerugaba 2024-03-21 !
== BLRGOV president
Alexander Lukashenko 1994-07-20
== ESPGOV prime minister of Spain
Pedro Sánchez 2018-06-02
== VATGOV pope
Pope Francis 2013-03-13..2025-04-21
Pope Leo XIV 2025-05-08
== MYSGOV prime minister of Malaysia
Najib Razak 2009-04-03..2018-05-09
Mahathir Mohamad 2018-05-10..2020-02-24
Muhyiddin Yassin 2020-03-01..2021-08-16
Ismail Sabri Yaakob 2021-08-21..2022-11-23
Anwar Ibrahim 2022-11-24 !
== BOLGOV president of Bolivia
Evo Morales 2006-01-22..2019-11-10
Jeanine Áñez 2019-11-12..2020-11-07
Luis Arce 2020-11-08..2025-11-07 !
Rodrigo Paz 2025-11-08 !
== HUNGOV prime minister of Hungary
Viktor Orbán 1998-07-06..2002-05-27
Viktor Orbán 2010-05-29 !
== KAZGOV president of Kazakhstan
Kassym-Jomart Tokayev 2019-03-20 !
== TUNGOV president of Tunisia
Kais Saied 2019-10-23 !
== DZAGOV president of Algeria
Abdelmadjid Tebboune 2019-12-19 !
== MARGOV king of Morocco
Mohammed VI 1999-07-23
== CUBGOV president of Cuba
Miguel Díaz-Canel 2018-04-19 !
== KHMGOV prime minister of Cambodia
Hun Manet 2023-08-22 !
== MDAGOV president of Moldova
Maia Sandu 2020-12-24 !
== LTUGOV president of Lithuania
Gitanas Nausėda 2019-07-12 !
== POLGOV president of Poland
Andrzej Duda 2015-08-06..2025-08-05
Karol Nawrocki 2025-08-06 !
== FINGOV president of Finland
Alexander Stubb 2024-03-01 !
== SWEGOV prime minister of Sweden
Ulf Kristersson 2022-10-18 !
== DNKGOV prime minister of Denmark
Mette Frederiksen 2019-06-27 !
== NZLGOV prime minister of New Zealand
Christopher Luxon 2023-11-27 !
== SGPGOV prime minister of Singapore
Lawrence Wong 2024-05-15 !
== ZMBGOV president of Zambia
Hakainde Hichilema 2021-08-24 !
== PNGGOV prime minister of Papua New Guinea
James Marape 2019-05-30 !
== TUVGOV prime minister of Tuvalu
Kausea Natano 2019-09-19..2024-02-25
Feleti Teo 2024-02-26 !
+ Mohamed bin Zayed | Mohammed bin Zayed | Mohamed bin Zayed Al Nahyan | Mohammed bin Zayed Al Nahyan | Sheikh Mohamed bin Zayed | MBZ => AREELI
+ Abdullah bin Zayed | Abdullah bin Zayed Al Nahyan | Sheikh Abdullah bin Zayed => AREELI
+ Abdullah II | King Abdullah II | Abdullah II of Jordan | King Abdullah II of Jordan => JORELI
+ Ayman Safadi | Ayman al-Safadi => JORELI
+ Paul Kagame | Kagame => RWAELI
+ Yoweri Museveni | Museveni | Yoweri Kaguta Museveni => UGAELI
+ Janet Museveni => UGAELI
+ Muhoozi Kainerugaba | Muhoozi => UGAMIL
+ Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | Lukashenko | Lukashenka => BLRELI
+ Pedro Sánchez | Pedro Sanchez => ESPELI
+ Pope Francis | Jorge Mario Bergoglio => VATELI
+ Najib Razak | Najib Tun Razak => MYSELI
+ Mahathir Mohamad | Mahathir => MYSELI
+ Muhyiddin Yassin | Muhyiddin => MYSOPP
+ Ismail Sabri Yaakob | Ismail Sabri => MYSELI
+ Anwar Ibrahim => MYSOPP
+ Evo Morales | Juan Evo Morales => BOLELI; BOLOPP 2019-11-11..2020-11-07
+ Jeanine Áñez | Jeanine Anez | Jeanine Añez => BOLELI
+ Luis Arce | Luis Arce Catacora => BOLELI
+ Rodrigo Paz | Rodrigo Paz Pereira => BOLELI
+ Pope Leo XIV | Pope Leo | Leo XIV | Robert Prevost | Robert Francis Prevost => VATELI
+ Viktor Orbán | Viktor Orban | Orbán | Orban => HUNELI
+ Kassym-Jomart Tokayev | Kassym Jomart Tokayev | Tokayev => KAZELI
+ Kais Saied | Kais Saïed | Kaïs Saïed => TUNELI
+ Abdelmadjid Tebboune | Abdelmadjid Tebboun | Tebboune => DZAELI
+ Mohammed VI | King Mohammed VI | Mohammed VI of Morocco | King Mohammed VI of Morocco => MARELI
+ Miguel Díaz-Canel | Miguel Diaz-Canel | Díaz-Canel | Diaz-Canel => CUBELI
+ Hun Manet => KHMELI
+ Maia Sandu => MDAELI
+ Gitanas Nausėda | Gitanas Nauseda => LTUELI
+ Andrzej Duda => POLELI
+ Alexander Stubb => FINELI
+ Ulf Kristersson => SWEELI
+ Mette Frederiksen => DNKELI
+ Christopher Luxon => NZLELI
+ Lawrence Wong => SGPELI
# opposition leaders and dissidents who recur in the news (no office: OPP throughout)
+ Alexei Navalny | Alexey Navalny | Navalny => RUSOPP
+ Yulia Navalnaya => RUSOPP
+ Vladimir Kara-Murza => RUSOPP
+ Ilya Yashin => RUSOPP
+ Sviatlana Tsikhanouskaya | Svetlana Tikhanovskaya | Tsikhanouskaya | Tikhanovskaya => BLROPP
+ Maria Kalesnikava | Maria Kolesnikova => BLROPP
+ Alaa Abd El-Fattah | Alaa Abd el-Fattah | Alaa Abdel Fattah => EGYOPP
+ Bobi Wine | Robert Kyagulanyi => UGAOPP
+ Kizza Besigye => UGAOPP
+ Nelson Chamisa => ZWEOPP
+ Tundu Lissu => TZAOPP
+ Joshua Wong => HKGOPP
+ Rahul Gandhi => INDOPP
+ Hakainde Hichilema | Hichilema => ZMBOPP
+ James Marape => PNGELI
+ Kausea Natano => TUVELI
+ Feleti Teo => TUVELI
+ Julius Malema => ZAFOPP
+ Pierre Poilievre | Poilievre => CANOPP
+ Nigel Farage | Farage => GBROPP
+ Calin Georgescu | Călin Georgescu => ROUOPP
+ Narges Mohammadi => IRNOPP
+ Jake Sullivan => USAELI
+ Ron Dermer => ISRELI
# judges who recur in the news (JUD throughout)
+ Alexandre de Moraes => BRAJUD

### EUROPE
# Heads of state and government, foreign and defence ministers of European states that
# recur in the news of 2022-2026 (added to the G20 and conflict-state sections above).
== ALBGOV prime minister of Albania
Edi Rama 2013-09-15 !
== BGRGOV president of Bulgaria
Rumen Radev 2017-01-22 !
+ Edi Rama => ALBELI
+ Rumen Radev => BGRELI
== SVNGOV prime minister of Slovenia
Robert Golob 2022-06-01 !
== MKDGOV prime minister of North Macedonia
Hristijan Mickoski 2024-06-23 !
+ Robert Golob => SVNELI
+ Hristijan Mickoski => MKDOPP
== POLGOV prime minister of Poland
Mateusz Morawiecki 2017-12-11..2023-12-12
== POLGOV foreign minister of Poland
Zbigniew Rau 2020-08-26..2023-11-27
Radosław Sikorski 2023-12-13
== POLGOV defence minister of Poland
Mariusz Błaszczak 2018-01-09..2023-11-27
Władysław Kosiniak-Kamysz 2023-12-13
== ESPGOV foreign minister of Spain
José Manuel Albares 2021-07-12 !
== ESPGOV defence minister of Spain
Margarita Robles 2018-06-07 !
== NLDGOV prime minister of the Netherlands
Dick Schoof 2024-07-02 !
== NLDGOV foreign minister of the Netherlands
Wopke Hoekstra 2022-01-10..2023-09-04 !
Hanke Bruins Slot 2023-09-05..2024-07-01
Caspar Veldkamp 2024-07-02..2025-08-22 !
== NLDGOV defence minister of the Netherlands
Kajsa Ollongren 2022-01-10..2024-07-01
Ruben Brekelmans 2024-07-02 !
== BELGOV prime minister of Belgium
Alexander De Croo 2020-10-01..2025-02-02
Bart De Wever 2025-02-03 !
== BELGOV foreign minister of Belgium
Hadja Lahbib 2022-07-15..2024-11-30
Maxime Prévot 2025-02-03 !
== BELGOV defence minister of Belgium
Theo Francken 2025-02-03 !
== GRCGOV prime minister of Greece
Kyriakos Mitsotakis 2019-07-08..2023-05-24
Kyriakos Mitsotakis 2023-06-26 !
== GRCGOV foreign minister of Greece
Nikos Dendias 2019-07-09..2023-05-24
Giorgos Gerapetritis 2023-06-27 !
== GRCGOV defence minister of Greece
Nikos Dendias 2023-06-27 !
== CZEGOV president of the Czech Republic
Miloš Zeman 2013-03-08..2023-03-08
Petr Pavel 2023-03-09 !
== CZEGOV prime minister of the Czech Republic
Andrej Babiš 2017-12-06..2021-11-27
Petr Fiala 2021-11-28..2025-12-08 !
Andrej Babiš 2025-12-09 !
== CZEGOV foreign minister of the Czech Republic
Jan Lipavský 2021-12-17..2025-12-14 !
== CZEGOV defence minister of the Czech Republic
Jana Černochová 2021-12-17..2025-12-14 !
== SVKGOV president of Slovakia
Zuzana Čaputová 2019-06-15..2024-06-14
Peter Pellegrini 2024-06-15 !
== SVKGOV prime minister of Slovakia
Robert Fico 2012-04-04..2018-03-22
Eduard Heger 2021-04-01..2023-05-15
Ľudovít Ódor 2023-05-15..2023-10-24
Robert Fico 2023-10-25 !
== SVKGOV foreign minister of Slovakia
Juraj Blanár 2023-10-25 !
== SVKGOV defence minister of Slovakia
Robert Kaliňák 2023-10-25 !
== HUNGOV president of Hungary
Katalin Novák 2022-05-10..2024-02-26
Tamás Sulyok 2024-03-05 !
== HUNGOV foreign minister of Hungary
Péter Szijjártó 2014-09-23 !
== ROUGOV president of Romania
Klaus Iohannis 2014-12-21..2025-02-12
Ilie Bolojan 2025-02-12..2025-05-25
Nicușor Dan 2025-05-26 !
== ROUGOV prime minister of Romania
Nicolae Ciucă 2021-11-25..2023-06-14
Marcel Ciolacu 2023-06-15..2025-05-06 !
Ilie Bolojan 2025-06-23 !
== SRBGOV president of Serbia
Aleksandar Vučić 2017-05-31 !
== SRBGOV prime minister of Serbia
Ana Brnabić 2017-06-29..2024-05-01
Miloš Vučević 2024-05-02..2025-04-15 !
Đuro Macut 2025-04-16 !
== SRBGOV foreign minister of Serbia
Marko Đurić 2024-05-02 !
== KSVGOV prime minister of Kosovo
Albin Kurti 2021-03-22 !
== KSVGOV president of Kosovo
Vjosa Osmani 2021-04-04 !
== HRVGOV prime minister of Croatia
Andrej Plenković 2016-10-19 !
== HRVGOV president of Croatia
Zoran Milanović 2020-02-19 !
== CYPGOV president of Cyprus
Nikos Christodoulides 2023-02-28 !
== AUTGOV chancellor of Austria
Karl Nehammer 2021-12-06..2025-01-10
Alexander Schallenberg 2025-01-10..2025-03-02
Christian Stocker 2025-03-03 !
== AUTGOV president of Austria
Alexander Van der Bellen 2017-01-26 !
== AUTGOV foreign minister of Austria
Alexander Schallenberg 2021-12-06..2025-03-02
Beate Meinl-Reisinger 2025-03-03 !
== IRLGOV taoiseach
Micheál Martin 2020-06-27..2022-12-16
Leo Varadkar 2022-12-17..2024-04-08
Simon Harris 2024-04-09..2025-01-22
Micheál Martin 2025-01-23 !
== IRLGOV president of Ireland
Michael D. Higgins 2011-11-11..2025-11-10
Catherine Connolly 2025-11-11 !
== PRTGOV prime minister of Portugal
Luís Montenegro 2024-04-02 !
== PRTGOV president of Portugal
Marcelo Rebelo de Sousa 2016-03-09 !
== FINGOV prime minister of Finland
Sanna Marin 2019-12-10..2023-06-19
Petteri Orpo 2023-06-20 !
== FINGOV president of Finland (Stubb from 2024-03-01 above)
Sauli Niinistö 2012-03-01..2024-02-29
== FINGOV foreign minister of Finland
Pekka Haavisto 2019-06-06..2023-06-19
Elina Valtonen 2023-06-20 !
== FINGOV defence minister of Finland
Antti Kaikkonen 2019-06-06..2023-06-19
Antti Häkkänen 2023-06-20 !
== SWEGOV prime minister of Sweden (Kristersson from 2022-10-18 above)
Magdalena Andersson 2021-11-30..2022-10-17
== SWEGOV foreign minister of Sweden
Ann Linde 2019-09-10..2022-10-17
Tobias Billström 2022-10-18..2024-09-09
Maria Malmer Stenergard 2024-09-10 !
== SWEGOV defence minister of Sweden
Peter Hultqvist 2014-10-03..2022-10-17
Pål Jonson 2022-10-18 !
== NORGOV prime minister of Norway
Erna Solberg 2013-10-16..2021-10-13
Jonas Gahr Støre 2021-10-14 !
== NORGOV foreign minister of Norway
Anniken Huitfeldt 2021-10-14..2023-10-15
Espen Barth Eide 2023-10-16 !
== DNKGOV foreign minister of Denmark
Jeppe Kofod 2019-06-27..2022-12-14
Lars Løkke Rasmussen 2022-12-15 !
== ESTGOV prime minister of Estonia (Kallas until 2024-07-22, EU section)
Kristen Michal 2024-07-23 !
== ESTGOV president of Estonia
Alar Karis 2021-10-11 !
== ESTGOV foreign minister of Estonia
Margus Tsahkna 2023-04-17 !
== LVAGOV president of Latvia
Edgars Rinkēvičs 2023-07-08 !
== LVAGOV prime minister of Latvia
Evika Siliņa 2023-09-15 !
== LTUGOV prime minister of Lithuania
Ingrida Šimonytė 2020-12-11..2024-12-11
Gintautas Paluckas 2024-12-12..2025-08-? !
== LTUGOV foreign minister of Lithuania
Gabrielius Landsbergis 2020-12-11..2024-12-11
Kęstutis Budrys 2024-12-12 !
+ Mateusz Morawiecki | Morawiecki => POLELI; POLGOV 2015-11-16..2017-12-10; POLOPP 2023-12-13..
+ Zbigniew Rau => POLELI
+ Radosław Sikorski | Radoslaw Sikorski | Radek Sikorski => POLELI; POLGOV 2005-10-31..2007-02-07; POLGOV 2007-11-16..2014-09-22
+ Mariusz Błaszczak | Mariusz Blaszczak => POLELI; POLGOV 2015-11-16..2018-01-08
+ Władysław Kosiniak-Kamysz | Wladyslaw Kosiniak-Kamysz | Kosiniak-Kamysz => POLELI
+ Karol Nawrocki | Nawrocki => POLELI; POLOPP 2024-11-24..2025-08-05
+ José Manuel Albares | Jose Manuel Albares | Albares => ESPELI
+ Margarita Robles => ESPELI
+ Dick Schoof => NLDELI
+ Wopke Hoekstra | Hoekstra => NLDELI; IGOEEC 2023-10-09..
+ Hanke Bruins Slot => NLDELI
+ Caspar Veldkamp => NLDELI
+ Kajsa Ollongren | Ollongren => NLDELI
+ Ruben Brekelmans | Brekelmans => NLDELI
+ Alexander De Croo | De Croo => BELELI
+ Bart De Wever | De Wever => BELELI
+ Hadja Lahbib | Lahbib => BELELI; IGOEEC 2024-12-01..
+ Maxime Prévot | Maxime Prevot => BELELI
+ Theo Francken => BELELI
+ Kyriakos Mitsotakis | Mitsotakis => GRCELI; GRCOPP 2016-01-10..2019-07-07
+ Nikos Dendias | Dendias => GRCELI
+ Giorgos Gerapetritis | George Gerapetritis | Gerapetritis => GRCELI
+ Miloš Zeman | Milos Zeman => CZEELI
+ Petr Pavel => CZEELI
+ Andrej Babiš | Andrej Babis | Babiš | Babis => CZEELI; CZEGOV 2014-01-29..2017-05-24; CZEOPP 2021-11-28..2025-12-08
+ Petr Fiala => CZEELI
+ Jan Lipavský | Jan Lipavsky | Lipavsky => CZEELI
+ Jana Černochová | Jana Cernochova => CZEELI
+ Zuzana Čaputová | Zuzana Caputova | Čaputová | Caputova => SVKELI
+ Peter Pellegrini => SVKELI; SVKGOV 2018-03-22..2020-03-20
+ Robert Fico | Fico => SVKELI; SVKGOV 2006-07-04..2010-07-08; SVKOPP 2018-03-23..2023-10-24
+ Eduard Heger => SVKELI
+ Ľudovít Ódor | Ludovit Odor => SVKELI
+ Juraj Blanár | Juraj Blanar => SVKELI
+ Robert Kaliňák | Robert Kalinak => SVKELI
+ Katalin Novák | Katalin Novak => HUNELI
+ Tamás Sulyok | Tamas Sulyok => HUNELI
+ Péter Szijjártó | Peter Szijjarto | Szijjártó | Szijjarto => HUNELI
+ Klaus Iohannis | Iohannis => ROUELI
+ Ilie Bolojan | Bolojan => ROUELI
+ Nicușor Dan | Nicusor Dan => ROUELI
+ Nicolae Ciucă | Nicolae Ciuca => ROUELI
+ Marcel Ciolacu | Ciolacu => ROUELI
+ Aleksandar Vučić | Aleksandar Vucic | Vučić | Vucic => SRBELI; SRBGOV 2014-04-27..2017-05-30
+ Ana Brnabić | Ana Brnabic | Brnabić | Brnabic => SRBELI; SRBLEG 2024-05-02.. !
+ Miloš Vučević | Milos Vucevic => SRBELI
+ Đuro Macut | Djuro Macut | Duro Macut => SRBELI
+ Marko Đurić | Marko Djuric | Marko Duric => SRBELI
+ Albin Kurti | Kurti => KSVELI
+ Vjosa Osmani => KSVELI
+ Andrej Plenković | Andrej Plenkovic | Plenković | Plenkovic => HRVELI
+ Zoran Milanović | Zoran Milanovic => HRVELI; HRVGOV 2011-12-23..2016-10-19
+ Nikos Christodoulides | Christodoulides => CYPELI
+ Karl Nehammer | Nehammer => AUTELI
+ Alexander Schallenberg | Schallenberg => AUTELI; AUTGOV 2019-06-03..2021-12-05
+ Christian Stocker => AUTELI
+ Alexander Van der Bellen | Van der Bellen => AUTELI
+ Beate Meinl-Reisinger => AUTELI
+ Micheál Martin | Micheal Martin => IRLELI
+ Leo Varadkar | Varadkar => IRLELI; IRLGOV 2017-06-14..2020-06-26; IRLGOV 2020-06-27..2022-12-16
+ Simon Harris => IRLELI; IRLGOV 2025-01-23..
+ Michael D. Higgins => IRLELI
+ Catherine Connolly => IRLELI
+ Luís Montenegro | Luis Montenegro => PRTELI
+ Marcelo Rebelo de Sousa | Rebelo de Sousa => PRTELI
+ Sanna Marin => FINELI
+ Petteri Orpo | Orpo => FINELI
+ Sauli Niinistö | Sauli Niinisto | Niinistö | Niinisto => FINELI
+ Pekka Haavisto | Haavisto => FINELI
+ Elina Valtonen => FINELI
+ Antti Kaikkonen => FINELI
+ Antti Häkkänen | Antti Hakkanen => FINELI
+ Magdalena Andersson => SWEELI; SWEGOV 2014-10-03..2021-11-29; SWEOPP 2022-10-18..
+ Ann Linde => SWEELI
+ Tobias Billström | Tobias Billstrom => SWEELI
+ Maria Malmer Stenergard => SWEELI
+ Peter Hultqvist => SWEELI
+ Pål Jonson | Pal Jonson => SWEELI
+ Erna Solberg => NORELI
+ Jonas Gahr Støre | Jonas Gahr Store | Gahr Støre | Gahr Store => NORELI
+ Anniken Huitfeldt => NORELI
+ Espen Barth Eide => NORELI
+ Jeppe Kofod => DNKELI
+ Lars Løkke Rasmussen | Lars Lokke Rasmussen | Løkke Rasmussen | Lokke Rasmussen => DNKELI; DNKGOV 2009-04-05..2011-10-03; DNKGOV 2015-06-28..2019-06-27
+ Kristen Michal => ESTELI
+ Alar Karis => ESTELI
+ Margus Tsahkna => ESTELI
+ Edgars Rinkēvičs | Edgars Rinkevics | Rinkēvičs | Rinkevics => LVAELI; LVAGOV 2011-10-25..2023-07-07
+ Evika Siliņa | Evika Silina => LVAELI
+ Ingrida Šimonytė | Ingrida Simonyte => LTUELI
+ Gintautas Paluckas => LTUELI
+ Gabrielius Landsbergis | Landsbergis => LTUELI
+ Kęstutis Budrys | Kestutis Budrys => LTUELI

### ASIA2
# Asian and Pacific leaders not in the sections above.
== VNMGOV general secretary of the Communist Party of Vietnam
Nguyễn Phú Trọng 2011-01-19..2024-07-19
Tô Lâm 2024-08-03 !
== VNMGOV president of Vietnam
Nguyễn Xuân Phúc 2021-04-05..2023-01-18
Võ Văn Thưởng 2023-03-02..2024-03-21
Lương Cường 2024-10-21 !
== VNMGOV prime minister of Vietnam
Phạm Minh Chính 2021-04-05 !
== VNMGOV minister of public security, then president (2024-05-22..2024-10-21)
Tô Lâm 2016-04-12..2024-08-02
== SGPGOV foreign minister of Singapore
Vivian Balakrishnan 2015-10-01 !
== NZLGOV foreign minister of New Zealand
Winston Peters 2023-11-27 !
== UZBGOV president of Uzbekistan
Shavkat Mirziyoyev 2016-09-08 !
== SLBGOV prime minister of Solomon Islands
Manasseh Sogavare 2014-12-09..2017-11-06
Rick Houenipwela 2017-11-15..2019-04-23
Manasseh Sogavare 2019-04-24..2024-05-01
Jeremiah Manele 2024-05-02 !
== NPLGOV prime minister of Nepal
Sher Bahadur Deuba 2021-07-13..2022-12-25
Pushpa Kamal Dahal 2022-12-26..2024-07-14
KP Sharma Oli 2024-07-15..2025-09-09
Sushila Karki 2025-09-12 !
+ Nguyễn Phú Trọng | Nguyen Phu Trong => VNMELI
+ Tô Lâm | To Lam => VNMELI
+ Nguyễn Xuân Phúc | Nguyen Xuan Phuc => VNMELI; VNMGOV 2016-04-07..2021-04-04
+ Võ Văn Thưởng | Vo Van Thuong => VNMELI
+ Lương Cường | Luong Cuong => VNMELI
+ Phạm Minh Chính | Pham Minh Chinh => VNMELI
+ Vivian Balakrishnan => SGPELI
+ Winston Peters => NZLELI; NZLGOV 2017-10-26..2020-11-06
+ Shavkat Mirziyoyev | Mirziyoyev => UZBELI; UZBGOV 2003-12-12..2016-09-07
+ Manasseh Sogavare | Sogavare => SLBELI; SLBGOV 2000-06-30..2001-12-17; SLBGOV 2006-05-04..2007-12-20
+ Rick Houenipwela | Rick Hou => SLBELI
+ Jeremiah Manele => SLBELI
+ Sher Bahadur Deuba => NPLELI
+ Pushpa Kamal Dahal | Prachanda => NPLELI; NPLGOV 2008-08-18..2009-05-25; NPLGOV 2016-08-04..2017-06-06
+ KP Sharma Oli | K.P. Sharma Oli | K P Sharma Oli | Khadga Prasad Sharma Oli => NPLELI; NPLGOV 2015-10-12..2016-08-03; NPLGOV 2018-02-15..2021-07-12
+ Sushila Karki => NPLELI

### AMERICAS2
# Latin American heads of state not in the sections above.
== CHLGOV president of Chile
Sebastián Piñera 2018-03-11..2022-03-10
Gabriel Boric 2022-03-11..2026-03-10 !
José Antonio Kast 2026-03-11 !
== ECUGOV president of Ecuador
Guillermo Lasso 2021-05-24..2023-11-22
Daniel Noboa 2023-11-23 !
== PERGOV president of Peru
Pedro Castillo 2021-07-28..2022-12-07
Dina Boluarte 2022-12-07..2025-10-09
José Jerí 2025-10-10 !
== SLVGOV president of El Salvador
Nayib Bukele 2019-06-01 !
== NICGOV president of Nicaragua
Daniel Ortega 2007-01-10 !
== NICGOV vice president, co-president from 2025 (Nicaragua)
Rosario Murillo 2017-01-10 !
== GTMGOV president of Guatemala
Alejandro Giammattei 2020-01-14..2024-01-14
Bernardo Arévalo 2024-01-15 !
== PANGOV president of Panama
Laurentino Cortizo 2019-07-01
José Raúl Mulino 2024-07-01 !
== DOMGOV president of the Dominican Republic
Luis Abinader 2020-08-16 !
== URYGOV president of Uruguay
Luis Lacalle Pou 2020-03-01..2025-02-28
Yamandú Orsi 2025-03-01 !
== PRYGOV president of Paraguay
Santiago Peña 2023-08-15 !
+ Sebastián Piñera | Sebastian Pinera | Piñera | Pinera => CHLELI; CHLGOV 2010-03-11..2014-03-10
+ Gabriel Boric | Boric => CHLELI
+ José Antonio Kast | Jose Antonio Kast => CHLOPP
+ Guillermo Lasso => ECUELI
+ Daniel Noboa | Noboa => ECUELI
+ Pedro Castillo => PERELI
+ Dina Boluarte | Boluarte => PERELI; PERGOV 2021-07-28..2022-12-06
+ José Jerí | Jose Jeri => PERELI
+ Nayib Bukele | Bukele => SLVELI
+ Daniel Ortega => NICELI
+ Rosario Murillo => NICELI
+ Alejandro Giammattei | Giammattei => GTMELI
+ Bernardo Arévalo | Bernardo Arevalo => GTMELI
+ Laurentino Cortizo | Nito Cortizo => PANELI
+ José Raúl Mulino | Jose Raul Mulino => PANELI
+ Luis Abinader | Abinader => DOMELI
+ Luis Lacalle Pou | Lacalle Pou => URYELI
+ Yamandú Orsi | Yamandu Orsi => URYELI
+ Santiago Peña | Santiago Pena => PRYELI

### AFRICA2
# African heads of state and ministers not in the sections above.
== GHAGOV president of Ghana
Nana Akufo-Addo 2017-01-07..2025-01-06
John Mahama 2025-01-07 !
== CIVGOV president of Ivory Coast
Alassane Ouattara 2010-12-04 !
== SENGOV president of Senegal
Macky Sall 2012-04-02..2024-04-01
Bassirou Diomaye Faye 2024-04-02 !
== SENGOV prime minister of Senegal
Ousmane Sonko 2024-04-02 !
== ZWEGOV president of Zimbabwe
Emmerson Mnangagwa 2017-11-24 !
== TZAGOV president of Tanzania
John Magufuli 2015-11-05..2021-03-17
Samia Suluhu Hassan 2021-03-19 !
== AGOGOV president of Angola
João Lourenço 2017-09-26 !
== DZAGOV foreign minister of Algeria
Ahmed Attaf 2023-03-18 !
== MARGOV foreign minister of Morocco
Nasser Bourita 2017-04-05 !
== SLEGOV president of Sierra Leone
Julius Maada Bio 2018-04-04 !
== ERIGOV president of Eritrea
Isaias Afwerki 1993-05-24 !
== MDGGOV president of Madagascar
Andry Rajoelina 2019-01-19..2025-10-13
Michael Randrianirina 2025-10-17 !
== COGGOV president of the Republic of the Congo
Denis Sassou Nguesso 1997-10-25 !
== GABGOV president of Gabon
Brice Oligui Nguema 2023-08-30 !
== GNBGOV president of Guinea-Bissau
Umaro Sissoco Embaló 2020-02-27..2025-11-25 !
== GINGOV president of Guinea
Mamadi Doumbouya 2021-09-05 !
== BDIGOV president of Burundi
Évariste Ndayishimiye 2020-06-18 !
== MWIGOV president of Malawi
Peter Mutharika 2014-05-31..2020-06-27
Lazarus Chakwera 2020-06-28..2025-10-03
Peter Mutharika 2025-10-04 !
== NAMGOV president of Namibia
Netumbo Nandi-Ndaitwah 2025-03-21 !
== BWAGOV president of Botswana
Mokgweetsi Masisi 2018-04-01..2024-10-31
Duma Boko 2024-11-01 !
+ Nana Akufo-Addo | Akufo-Addo => GHAELI
+ John Mahama | John Dramani Mahama => GHAELI; GHAGOV 2009-01-07..2017-01-06
+ Alassane Ouattara | Ouattara => CIVELI
+ Macky Sall => SENELI
+ Bassirou Diomaye Faye | Diomaye Faye => SENELI
+ Ousmane Sonko => SENOPP
+ Emmerson Mnangagwa | Mnangagwa => ZWEELI
+ John Magufuli | Magufuli => TZAELI
+ Samia Suluhu Hassan | Samia Suluhu => TZAELI
+ João Lourenço | Joao Lourenco => AGOELI
+ Ahmed Attaf => DZAELI
+ Nasser Bourita | Bourita => MARELI
+ Julius Maada Bio | Maada Bio => SLEELI
+ Isaias Afwerki | Isaias Afewerki | Afwerki => ERIELI
+ Andry Rajoelina | Rajoelina => MDGELI
+ Michael Randrianirina | Randrianirina => MDGMIL
+ Denis Sassou Nguesso | Sassou Nguesso => COGELI
+ Brice Oligui Nguema | Oligui Nguema => GABMIL
+ Umaro Sissoco Embaló | Umaro Sissoco Embalo | Sissoco Embalo => GNBELI
+ Mamadi Doumbouya | Doumbouya => GINMIL
+ Évariste Ndayishimiye | Evariste Ndayishimiye | Ndayishimiye => BDIELI
+ Peter Mutharika | Arthur Peter Mutharika => MWIELI
+ Lazarus Chakwera | Chakwera => MWIELI
+ Netumbo Nandi-Ndaitwah | Nandi-Ndaitwah => NAMELI
+ Mokgweetsi Masisi => BWAELI
+ Duma Boko => BWAOPP

### GULF2
# Gulf rulers not in the sections above.
== OMNGOV sultan of Oman
Haitham bin Tariq 2020-01-11 !
== OMNGOV foreign minister of Oman
Badr Albusaidi 2020-08-18 !
== KWTGOV emir of Kuwait
Nawaf al-Ahmad al-Jaber al-Sabah 2020-09-30..2023-12-16
Mishal al-Ahmad al-Jaber al-Sabah 2023-12-16 !
== BHRGOV king of Bahrain
Hamad bin Isa Al Khalifa 1999-03-06 !
== BHRGOV crown prince and prime minister of Bahrain
Salman bin Hamad Al Khalifa 2020-11-11 !
+ Haitham bin Tariq | Haitham bin Tariq Al Said | Sultan Haitham => OMNELI
+ Badr Albusaidi | Badr al-Busaidi | Sayyid Badr Albusaidi => OMNELI
+ Nawaf al-Ahmad al-Jaber al-Sabah | Sheikh Nawaf al-Ahmad al-Sabah | Sheikh Nawaf => KWTELI
+ Mishal al-Ahmad al-Jaber al-Sabah | Sheikh Mishal al-Ahmad al-Sabah | Sheikh Mishal => KWTELI
+ Hamad bin Isa Al Khalifa | King Hamad bin Isa Al Khalifa | King Hamad => BHRELI
+ Salman bin Hamad Al Khalifa | Crown Prince Salman bin Hamad => BHRELI

### CARIBBEAN
# Heads of state and government (and some foreign ministers) of the Caribbean and
# Central American states not in the sections above, 2019-2025.
== ATGGOV prime minister of Antigua and Barbuda
Gaston Browne 2014-06-13 !
== BHSGOV prime minister of the Bahamas
Hubert Minnis 2017-05-11..2021-09-16
Philip Davis 2021-09-17 !
== BHSGOV foreign minister of the Bahamas
Darren Henfield 2017-05-?..2021-09-16 !
Fred Mitchell 2021-09-? !
== BRBGOV prime minister of Barbados
Mia Mottley 2018-05-25 !
== BRBGOV president of Barbados
Sandra Mason 2021-11-30 !
== BRBGOV foreign minister of Barbados
Kerrie Symmonds 2022-01-? !
== BLZGOV prime minister of Belize
Dean Barrow 2008-02-08..2020-11-11
John Briceño 2020-11-12 !
== DMAGOV prime minister of Dominica
Roosevelt Skerrit 2004-01-08 !
== DMAGOV president of Dominica
Charles Savarin 2013-10-02..2023-10-01
Sylvanie Burton 2023-10-02 !
== GRDGOV prime minister of Grenada
Keith Mitchell 2013-02-20..2022-06-23
Dickon Mitchell 2022-06-24 !
== GUYGOV president of Guyana
David Granger 2015-05-16..2020-08-01
Irfaan Ali 2020-08-02 !
== GUYGOV vice president of Guyana
Bharrat Jagdeo 2020-08-02 !
== GUYGOV prime minister of Guyana
Moses Nagamootoo 2015-05-20..2020-08-01
Mark Phillips 2020-08-02 !
== GUYGOV foreign minister of Guyana
Hugh Todd 2020-08-? !
== JAMGOV prime minister of Jamaica
Andrew Holness 2016-03-03 !
== JAMGOV foreign minister of Jamaica
Kamina Johnson Smith 2016-03-? !
== KNAGOV prime minister of Saint Kitts and Nevis
Timothy Harris 2015-02-18..2022-08-05
Terrance Drew 2022-08-06 !
== LCAGOV prime minister of Saint Lucia
Allen Chastanet 2016-06-07..2021-07-27
Philip J. Pierre 2021-07-28 !
== VCTGOV prime minister of Saint Vincent and the Grenadines
Ralph Gonsalves 2001-03-29 !
== TTOGOV prime minister of Trinidad and Tobago
Kamla Persad-Bissessar 2010-05-26..2015-09-08
Keith Rowley 2015-09-09..2025-03-16
Stuart Young 2025-03-17..2025-04-30 !
Kamla Persad-Bissessar 2025-05-01 !
== TTOGOV president of Trinidad and Tobago
Paula-Mae Weekes 2018-03-19..2023-03-19
Christine Kangaloo 2023-03-20 !
== TTOGOV foreign minister of Trinidad and Tobago
Amery Browne 2020-08-19..2025-04-30 !
== SURGOV president of Suriname
Desi Bouterse 2010-08-12..2020-07-15
Chan Santokhi 2020-07-16..2025-07-15
Jennifer Geerlings-Simons 2025-07-16 !
== HNDGOV president of Honduras
Juan Orlando Hernández 2014-01-27..2022-01-26
Xiomara Castro 2022-01-27..2026-01-26 !
Nasry Asfura 2026-01-27 !
== CRIGOV president of Costa Rica
Carlos Alvarado 2018-05-08..2022-05-07
Rodrigo Chaves 2022-05-08 !
+ Gaston Browne => ATGELI
+ Hubert Minnis => BHSOPP
+ Philip Davis | Philip Brave Davis => BHSOPP
+ Darren Henfield => BHSELI
+ Fred Mitchell => BHSELI; BHSGOV 2012-05-?..2017-05-? !
+ Mia Mottley | Mia Amor Mottley | Mottley => BRBOPP
+ Sandra Mason => BRBELI
+ Kerrie Symmonds => BRBELI
+ Dean Barrow => BLZELI
+ John Briceño | John Briceno => BLZOPP
+ Roosevelt Skerrit | Skerrit => DMAELI
+ Charles Savarin => DMAELI
+ Sylvanie Burton => DMAELI
+ Keith Mitchell => GRDOPP
+ Dickon Mitchell => GRDOPP
+ Irfaan Ali | Mohamed Irfaan Ali | President Ali => GUYELI
+ David Granger => GUYOPP
+ Bharrat Jagdeo | Jagdeo => GUYELI; GUYGOV 1999-08-11..2011-12-02
+ Moses Nagamootoo => GUYELI
+ Mark Phillips => GUYELI
+ Hugh Todd => GUYELI
+ Andrew Holness | Holness => JAMOPP
+ Kamina Johnson Smith | Kamina Johnson-Smith => JAMELI
+ Timothy Harris => KNAELI
+ Terrance Drew => KNAELI
+ Allen Chastanet => LCAOPP
+ Philip J. Pierre | Philip Pierre => LCAOPP
+ Ralph Gonsalves | Ralph E. Gonsalves => VCTELI
+ Keith Rowley => TTOELI
+ Stuart Young => TTOELI
+ Kamla Persad-Bissessar | Persad-Bissessar => TTOOPP
+ Paula-Mae Weekes => TTOELI
+ Christine Kangaloo => TTOELI
+ Amery Browne => TTOELI
+ Desi Bouterse | Desiré Bouterse | Desire Bouterse | Bouterse => SURELI; SURMIL 1980-02-25..1988-01-24
+ Chan Santokhi | Chandrikapersad Santokhi | Santokhi => SUROPP
+ Jennifer Geerlings-Simons => SURLEG
+ Juan Orlando Hernández | Juan Orlando Hernandez => HNDELI
+ Xiomara Castro => HNDOPP
+ Nasry Asfura => HNDOPP
+ Carlos Alvarado | Carlos Alvarado Quesada => CRIELI
+ Rodrigo Chaves | Rodrigo Chaves Robles => CRIELI

### PACIFIC
# Heads of state and government of the Pacific island states not in the sections above.
== FJIGOV prime minister of Fiji
Frank Bainimarama 2007-01-05..2022-12-23
Sitiveni Rabuka 2022-12-24 !
== FJIGOV president of Fiji
Jioji Konrote 2015-11-12..2021-11-11
Wiliame Katonivere 2021-11-12 !
== VUTGOV prime minister of Vanuatu
Charlot Salwai 2016-02-11..2020-04-19
Bob Loughman 2020-04-20..2022-11-03
Ishmael Kalsakau 2022-11-04..2023-09-05
Sato Kilman 2023-09-06..2023-10-05
Charlot Salwai 2023-10-06..2025-02-10
Jotham Napat 2025-02-11 !
== WSMGOV prime minister of Samoa
Tuilaepa Sailele Malielegaoi 1998-11-23..2021-05-23
Fiame Naomi Mata'afa 2021-05-24..2025-09-15 !
== TONGOV prime minister of Tonga
Pohiva Tu'i'onetoa 2019-10-08..2021-12-26
Siaosi Sovaleni 2021-12-27..2024-12-08 !
Aisake Eke 2024-12-24 !
== KIRGOV president of Kiribati
Taneti Maamau 2016-03-11 !
== NRUGOV president of Nauru
Baron Waqa 2013-06-11..2019-08-26
Lionel Aingimea 2019-08-27..2022-09-28
Russ Kun 2022-09-29..2023-10-29
David Adeang 2023-10-30 !
== PLWGOV president of Palau
Tommy Remengesau 2013-01-17..2021-01-20
Surangel Whipps Jr. 2021-01-21 !
== MHLGOV president of the Marshall Islands
Hilda Heine 2016-01-28..2020-01-12
David Kabua 2020-01-13..2024-01-02
Hilda Heine 2024-01-03 !
== FSMGOV president of the Federated States of Micronesia
David Panuelo 2019-05-11..2023-05-10
Wesley Simina 2023-05-11 !
+ Frank Bainimarama | Voreqe Bainimarama | Josaia Voreqe Bainimarama | Bainimarama => FJIELI; FJIMIL 1999-03-01..2007-01-04 !
+ Sitiveni Rabuka | Rabuka => FJIOPP; FJIGOV 1992-06-02..1999-05-19
+ Jioji Konrote => FJIELI
+ Wiliame Katonivere | Ratu Wiliame Katonivere => FJIELI
+ Charlot Salwai | Salwai => VUTOPP
+ Bob Loughman => VUTOPP
+ Ishmael Kalsakau => VUTOPP
+ Sato Kilman => VUTOPP
+ Jotham Napat => VUTOPP
+ Tuilaepa Sailele Malielegaoi | Tuilaepa Aiono Sailele Malielegaoi | Tuilaepa => WSMOPP
+ Fiame Naomi Mata'afa | Fiamē Naomi Mata'afa | Naomi Mata'afa | Fiame => WSMOPP
+ Pohiva Tu'i'onetoa => TONELI
+ Siaosi Sovaleni => TONELI
+ Aisake Eke => TONELI
+ Taneti Maamau => KIRELI
+ Baron Waqa => NRUELI
+ Lionel Aingimea => NRUELI
+ Russ Kun => NRUELI
+ David Adeang => NRUELI
+ Tommy Remengesau | Tommy Remengesau Jr. => PLWELI; PLWGOV 2001-01-01..2009-01-15
+ Surangel Whipps Jr. | Surangel Whipps Jr | Surangel Whipps => PLWELI
+ Hilda Heine => MHLELI
+ David Kabua => MHLELI
+ David Panuelo => FSMELI
+ Wesley Simina => FSMELI

### AFRICA3
# Heads of state and government (and some foreign ministers) of the African states not in
# the sections above.
== BENGOV president of Benin
Patrice Talon 2016-04-06 !
== BENGOV foreign minister of Benin
Aurélien Agbénonci 2016-04-?..2021-05-24 !
Shegun Adjadi Bakari 2021-05-25 !
== CPVGOV president of Cape Verde
Jorge Carlos Fonseca 2011-09-09..2021-11-08
José Maria Neves 2021-11-09 !
== CPVGOV prime minister of Cape Verde
Ulisses Correia e Silva 2016-04-22 !
== COMGOV president of the Comoros
Azali Assoumani 2016-05-26 !
== GNQGOV president of Equatorial Guinea
Teodoro Obiang Nguema Mbasogo 1979-08-03 !
== GNQGOV vice president of Equatorial Guinea
Teodoro Nguema Obiang Mangue 2012-05-21 !
== GMBGOV president of the Gambia
Yahya Jammeh 1994-07-22..2017-01-18
Adama Barrow 2017-01-19 !
== LSOGOV prime minister of Lesotho
Tom Thabane 2017-06-16..2020-05-19
Moeketsi Majoro 2020-05-20..2022-10-27
Sam Matekane 2022-10-28 !
== LBRGOV president of Liberia
Ellen Johnson Sirleaf 2006-01-16..2018-01-21
George Weah 2018-01-22..2024-01-21
Joseph Boakai 2024-01-22 !
== MRTGOV president of Mauritania
Mohamed Ould Abdel Aziz 2009-08-05..2019-07-31
Mohamed Ould Ghazouani 2019-08-01 !
== MUSGOV prime minister of Mauritius
Pravind Jugnauth 2017-01-23..2024-11-12
Navin Ramgoolam 2024-11-13 !
== STPGOV prime minister of Sao Tome and Principe
Jorge Bom Jesus 2018-12-03..2022-11-13
Patrice Trovoada 2022-11-14..2025-01-06 !
== STPGOV president of Sao Tome and Principe
Evaristo Carvalho 2016-09-03..2021-10-01
Carlos Vila Nova 2021-10-02 !
== SYCGOV president of Seychelles
Danny Faure 2016-10-16..2020-10-25
Wavel Ramkalawan 2020-10-26..2025-10-25 !
Patrick Herminie 2025-10-26 !
== SWZGOV king of Eswatini
Mswati III 1986-04-25
== SWZGOV prime minister of Eswatini
Ambrose Dlamini 2018-10-27..2020-12-13
Cleopas Dlamini 2021-07-19..2023-09-? !
Russell Dlamini 2023-11-03 !
== TGOGOV president of Togo (president of the council of ministers from 2025-05-03)
Faure Gnassingbé 2005-05-04 !
== TGOGOV foreign minister of Togo
Robert Dussey 2013-09-17 !
+ Patrice Talon => BENELI
+ Aurélien Agbénonci | Aurelien Agbenonci => BENELI
+ Shegun Adjadi Bakari => BENELI
+ Jorge Carlos Fonseca => CPVELI
+ José Maria Neves | Jose Maria Neves => CPVELI; CPVGOV 2001-02-01..2016-04-21
+ Ulisses Correia e Silva => CPVELI
+ Azali Assoumani | Azali => COMELI; COMGOV 1999-04-30..2006-05-26
+ Teodoro Obiang Nguema Mbasogo | Teodoro Obiang Nguema | Teodoro Obiang => GNQELI
+ Teodoro Nguema Obiang Mangue | Teodorin Obiang | Teodorín Obiang => GNQELI
+ Yahya Jammeh | Jammeh => GMBELI
+ Adama Barrow => GMBELI
+ Tom Thabane | Thomas Thabane => LSOELI; LSOGOV 2012-06-08..2015-03-16
+ Moeketsi Majoro => LSOELI
+ Sam Matekane | Samuel Matekane | Matekane => LSOELI
+ Ellen Johnson Sirleaf | Johnson Sirleaf => LBRELI
+ George Weah => LBROPP
+ Joseph Boakai | Joseph Nyuma Boakai | Boakai => LBROPP; LBRGOV 2006-01-16..2018-01-21
+ Mohamed Ould Abdel Aziz => MRTELI
+ Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Ghazouani => MRTELI
+ Pravind Jugnauth | Pravind Kumar Jugnauth => MUSOPP
+ Navin Ramgoolam | Navinchandra Ramgoolam => MUSOPP; MUSGOV 1995-12-22..2000-09-17; MUSGOV 2005-07-05..2014-12-16
+ Jorge Bom Jesus => STPOPP
+ Patrice Trovoada => STPOPP; STPGOV 2014-11-29..2018-12-02
+ Evaristo Carvalho => STPELI
+ Carlos Vila Nova => STPELI
+ Danny Faure => SYCELI
+ Wavel Ramkalawan | Ramkalawan => SYCOPP
+ Patrick Herminie => SYCOPP
+ Mswati III | King Mswati III | King Mswati | Mswati => SWZELI
+ Ambrose Dlamini => SWZELI
+ Cleopas Dlamini => SWZELI
+ Russell Dlamini => SWZELI
+ Faure Gnassingbé | Faure Gnassingbe => TGOELI
+ Robert Dussey => TGOELI

### ASIA3
# Heads of state and government (and some foreign ministers) of the Asian states not in
# the sections above.
== BTNGOV prime minister of Bhutan
Lotay Tshering 2018-11-07..2024-01-27
Tshering Tobgay 2024-01-28 !
== BTNGOV king of Bhutan
Jigme Khesar Namgyel Wangchuck 2006-12-09
== BRNGOV sultan of Brunei
Hassanal Bolkiah 1967-10-05
== TLSGOV prime minister of Timor-Leste
Taur Matan Ruak 2018-06-22..2023-06-30
Xanana Gusmão 2023-07-01 !
== TLSGOV president of Timor-Leste
Francisco Guterres 2017-05-20..2022-05-19
José Ramos-Horta 2022-05-20 !
== KGZGOV president of Kyrgyzstan
Sooronbay Jeenbekov 2017-11-24..2020-10-15
Sadyr Japarov 2020-10-16 !
== LAOGOV prime minister of Laos
Thongloun Sisoulith 2016-04-20..2021-03-21
Phankham Viphavanh 2021-03-22..2022-12-29
Sonexay Siphandone 2022-12-30 !
== LAOGOV president of Laos
Bounnhang Vorachith 2016-04-20..2021-03-21
Thongloun Sisoulith 2021-03-22 !
== MDVGOV president of the Maldives
Abdulla Yameen 2013-11-17..2018-11-16
Ibrahim Mohamed Solih 2018-11-17..2023-11-16
Mohamed Muizzu 2023-11-17 !
== MDVGOV foreign minister of the Maldives
Abdulla Shahid 2018-11-17..2023-11-16
Moosa Zameer 2023-11-17 !
== MNGGOV president of Mongolia
Khaltmaagiin Battulga 2017-07-10..2021-06-24
Ukhnaagiin Khurelsukh 2021-06-25 !
== MNGGOV prime minister of Mongolia
Ukhnaagiin Khurelsukh 2017-10-04..2021-01-26
Luvsannamsrain Oyun-Erdene 2021-01-27..2025-06-12
Gombojavyn Zandanshatar 2025-06-13 !
== TJKGOV president of Tajikistan
Emomali Rahmon 1994-11-16 !
== TJKGOV foreign minister of Tajikistan
Sirojiddin Muhriddin 2013-11-? !
== TKMGOV president of Turkmenistan
Gurbanguly Berdimuhamedow 2007-02-14..2022-03-18
Serdar Berdimuhamedow 2022-03-19 !
== TKMGOV foreign minister of Turkmenistan
Rashid Meredov 2001-07-? !
+ Lotay Tshering => BTNELI
+ Tshering Tobgay => BTNOPP; BTNGOV 2013-07-27..2018-08-08
+ Jigme Khesar Namgyel Wangchuck | King Jigme Khesar Namgyel Wangchuck => BTNELI
+ Hassanal Bolkiah | Sultan Hassanal Bolkiah => BRNELI
+ Taur Matan Ruak => TLSELI; TLSGOV 2012-05-20..2017-05-19
+ Xanana Gusmão | Xanana Gusmao | Kay Rala Xanana Gusmão => TLSOPP; TLSGOV 2002-05-20..2007-05-19; TLSGOV 2007-08-08..2015-02-15
+ Francisco Guterres | Francisco Guterres Lu-Olo | Lu-Olo => TLSELI
+ José Ramos-Horta | Jose Ramos-Horta | Ramos-Horta => TLSELI; TLSGOV 2006-06-26..2012-05-19
+ Sooronbay Jeenbekov | Sooronbai Jeenbekov => KGZELI
+ Sadyr Japarov | Sadyr Zhaparov | Japarov => KGZOPP
+ Thongloun Sisoulith => LAOELI
+ Phankham Viphavanh => LAOELI
+ Sonexay Siphandone => LAOELI
+ Bounnhang Vorachith => LAOELI
+ Abdulla Yameen | Abdulla Yameen Abdul Gayoom | Yameen => MDVOPP
+ Ibrahim Mohamed Solih | Ibu Solih => MDVOPP
+ Mohamed Muizzu | Muizzu => MDVOPP
+ Abdulla Shahid => MDVELI; IGOUNO 2021-09-14..2022-09-12
+ Moosa Zameer => MDVELI
+ Khaltmaagiin Battulga | Khaltmaa Battulga => MNGELI
+ Ukhnaagiin Khurelsukh | Ukhnaagiin Khürelsükh | Ukhnaa Khurelsukh | Khurelsukh => MNGELI
+ Luvsannamsrain Oyun-Erdene | Oyun-Erdene => MNGELI
+ Gombojavyn Zandanshatar | Zandanshatar => MNGELI
+ Emomali Rahmon | Emomali Rakhmon => TJKELI
+ Sirojiddin Muhriddin => TJKELI
+ Gurbanguly Berdimuhamedow | Gurbanguly Berdimuhamedov => TKMELI
+ Serdar Berdimuhamedow | Serdar Berdimuhamedov => TKMELI
+ Rashid Meredov => TKMELI

### EUROPE2
# Heads of government (and some heads of state) of the smaller European states not in
# the sections above.
== BIHGOV chairman of the council of ministers of Bosnia and Herzegovina
Denis Zvizdić 2015-02-11..2019-12-22
Zoran Tegeltija 2019-12-23..2023-01-24
Borjana Krišto 2023-01-25 !
== BIHGOV member of the presidency of Bosnia and Herzegovina (Serb)
Milorad Dodik 2018-11-20..2022-11-15
Željka Cvijanović 2022-11-16 !
== BIHGOV member of the presidency of Bosnia and Herzegovina (Bosniak)
Šefik Džaferović 2018-11-20..2022-11-15
Denis Bećirović 2022-11-16 !
== BIHGOV member of the presidency of Bosnia and Herzegovina (Croat)
Željko Komšić 2018-11-20 !
== BIHGOV president of Republika Srpska
Milorad Dodik 2022-11-16..2025-08-18 !
== BIHGOV foreign minister of Bosnia and Herzegovina
Bisera Turković 2019-12-23..2023-01-24
Elmedin Konaković 2023-01-25 !
== MNEGOV prime minister of Montenegro
Duško Marković 2016-11-28..2020-12-03
Zdravko Krivokapić 2020-12-04..2022-04-27
Dritan Abazović 2022-04-28..2023-10-30
Milojko Spajić 2023-10-31 !
== MNEGOV president of Montenegro
Milo Đukanović 2018-05-20..2023-05-19
Jakov Milatović 2023-05-20 !
== MLTGOV prime minister of Malta
Joseph Muscat 2013-03-11..2020-01-12
Robert Abela 2020-01-13 !
== LUXGOV prime minister of Luxembourg
Xavier Bettel 2013-12-04..2023-11-16
Luc Frieden 2023-11-17 !
== LUXGOV foreign minister of Luxembourg
Jean Asselborn 2004-07-31..2023-11-16
Xavier Bettel 2023-11-17 !
== ISLGOV prime minister of Iceland
Katrín Jakobsdóttir 2017-11-30..2024-04-08
Bjarni Benediktsson 2024-04-09..2024-12-20
Kristrún Frostadóttir 2024-12-21 !
== CHEGOV federal councillor of Switzerland (foreign minister)
Ignazio Cassis 2017-11-01 !
+ Denis Zvizdić | Denis Zvizdic => BIHELI
+ Zoran Tegeltija => BIHELI
+ Borjana Krišto | Borjana Kristo => BIHELI
+ Milorad Dodik | Dodik => BIHOPP; BIHGOV 2006-02-28..2010-11-14; BIHGOV 2010-11-15..2018-11-19
+ Željka Cvijanović | Zeljka Cvijanovic => BIHELI; BIHGOV 2018-11-19..2022-11-15
+ Šefik Džaferović | Sefik Dzaferovic => BIHELI
+ Denis Bećirović | Denis Becirovic => BIHELI
+ Željko Komšić | Zeljko Komsic => BIHELI
+ Bisera Turković | Bisera Turkovic => BIHELI
+ Elmedin Konaković | Elmedin Konakovic => BIHELI
+ Duško Marković | Dusko Markovic => MNEELI
+ Zdravko Krivokapić | Zdravko Krivokapic => MNEELI
+ Dritan Abazović | Dritan Abazovic => MNEELI
+ Milojko Spajić | Milojko Spajic => MNEELI
+ Milo Đukanović | Milo Djukanovic | Milo Dukanovic => MNEELI; MNEGOV 1991-02-15..1998-01-14; MNEGOV 1998-01-15..2002-11-24; MNEGOV 2003-01-08..2006-11-09; MNEGOV 2008-02-29..2010-12-28; MNEGOV 2012-12-04..2016-11-27
+ Jakov Milatović | Jakov Milatovic => MNEELI
+ Joseph Muscat => MLTELI
+ Robert Abela => MLTELI
+ Xavier Bettel => LUXELI
+ Luc Frieden => LUXELI
+ Jean Asselborn => LUXELI
+ Katrín Jakobsdóttir | Katrin Jakobsdottir => ISLELI
+ Bjarni Benediktsson => ISLELI
+ Kristrún Frostadóttir | Kristrun Frostadottir => ISLOPP
+ Ignazio Cassis => CHEELI

### FURTHER
# Further heads of state and government, deputies and foreign ministers of the states above
# that recur in regional and wire news of 2019-2025.
== NAMGOV president of Namibia (before Nandi-Ndaitwah)
Hage Geingob 2015-03-21..2024-02-04
Nangolo Mbumba 2024-02-04..2025-03-20
== DJIGOV president of Djibouti
Ismail Omar Guelleh 1999-05-08 !
== ZMBGOV president of Zambia (before Hichilema)
Edgar Lungu 2015-01-25..2021-08-23
== KAZGOV prime minister of Kazakhstan
Askar Mamin 2019-02-25..2022-01-05
Alikhan Smailov 2022-01-06..2024-02-05 !
Olzhas Bektenov 2024-02-06 !
== MARGOV head of government of Morocco
Saadeddine Othmani 2017-04-05..2021-10-06
Aziz Akhannouch 2021-10-07 !
== JORGOV prime minister of Jordan
Bisher Al-Khasawneh 2020-10-12..2024-09-17
Jafar Hassan 2024-09-18 !
== KWTGOV prime minister of Kuwait
Ahmad Abdullah Al-Sabah 2024-05-15 !
== BHRGOV foreign minister of Bahrain
Abdullatif bin Rashid Al Zayani 2020-02-11 !
== AREGOV vice president of the UAE
Mansour bin Zayed 2023-03-29 !
== UGAGOV prime minister of Uganda
Ruhakana Rugunda 2014-09-19..2021-06-13
Robinah Nabbanja 2021-06-14 !
== TZAGOV prime minister of Tanzania
Kassim Majaliwa 2015-11-20..2025-11-12 !
== RWAGOV foreign minister of Rwanda
Vincent Biruta 2019-11-04..2024-08-?
Olivier Nduhungirehe 2024-08-? !
== GHAGOV foreign minister of Ghana
Samuel Okudzeto Ablakwa 2025-01-? !
== MYSGOV foreign minister of Malaysia
Mohamad Hasan 2023-12-12 !
== KHMGOV foreign minister of Cambodia
Prak Sokhonn 2016-04-04 !
== BRAGOV vice president of Brazil
Geraldo Alckmin 2023-01-01 !
== CHLGOV foreign minister of Chile
Alberto van Klaveren 2023-03-10..2026-03-10 !
== ECUGOV foreign minister of Ecuador
Gabriela Sommerfeld 2023-11-? !
+ Hage Geingob | Geingob => NAMELI
+ Nangolo Mbumba => NAMELI
+ Ismail Omar Guelleh | Guelleh => DJIELI
+ Edgar Lungu | Edgar Chagwa Lungu => ZMBOPP
+ Askar Mamin => KAZELI
+ Alikhan Smailov => KAZELI
+ Olzhas Bektenov => KAZELI
+ Saadeddine Othmani | Saad Eddine El Othmani | Saadeddine El Othmani => MARELI
+ Aziz Akhannouch | Akhannouch => MARELI
+ Bisher Al-Khasawneh | Bisher al-Khasawneh => JORELI
+ Jafar Hassan | Jaafar Hassan => JORELI
+ Ahmad Abdullah Al-Sabah | Ahmad Abdullah al-Ahmad al-Sabah => KWTELI
+ Abdullatif bin Rashid Al Zayani | Abdullatif Al Zayani | Abdullatif al-Zayani => BHRELI; IGOGCC 2011-04-01..2020-01-31
+ Mansour bin Zayed | Mansour bin Zayed Al Nahyan => AREELI
+ Ruhakana Rugunda => UGAELI
+ Robinah Nabbanja => UGAELI
+ Kassim Majaliwa => TZAELI
+ Vincent Biruta => RWAELI
+ Olivier Nduhungirehe => RWAELI
+ Samuel Okudzeto Ablakwa | Okudzeto Ablakwa => GHAELI
+ Mohamad Hasan => MYSELI
+ Prak Sokhonn => KHMELI
+ Geraldo Alckmin | Alckmin => BRAELI
+ Alberto van Klaveren => CHLELI
+ Gabriela Sommerfeld => ECUELI

### IGO
# Heads of international organisations (codes as in organisations.txt).
== IGOUNO UN secretary-general
Ban Ki-moon 2007-01-01
António Guterres 2017-01-01
== IGOUNO UN deputy secretary-general
Amina J. Mohammed 2017-02-28 !
== IGOUNO UN humanitarian chief (OCHA)
Martin Griffiths 2021-07-19..2024-06-30
Tom Fletcher 2024-11-18 !
== IGOUNO UN special envoys (Syria, Yemen, Western Sahara)
Staffan de Mistura 2014-07-10..2019-01-07
Geir Pedersen 2019-01-07..2025-09-30 !
Hans Grundberg 2021-08-05 !
== IGOUNO UN special envoy for Western Sahara
Staffan de Mistura 2021-11-01 !
== IGOUNOHCR UN High Commissioner for Refugees
António Guterres 2005-06-15..2015-12-31
Filippo Grandi 2016-01-01..2025-12-31
Barham Salih 2026-01-01 !
== IGOUNOHCH UN High Commissioner for Human Rights
Zeid Ra'ad al-Hussein 2014-09-01
Michelle Bachelet 2018-09-01..2022-08-31
Volker Türk 2022-10-17
== IGOCWN secretary-general of the Commonwealth
Patricia Scotland 2016-04-01..2025-03-31
Shirley Ayorkor Botchwey 2025-04-01 !
== IGOCRB secretary-general of CARICOM
Irwin LaRocque 2011-08-15..2021-08-14
Carla Barnett 2021-08-15 !
== IGOSAD executive secretary of SADC
Stergomena Tax 2013-08-?..2021-08-31
Elias Magosi 2021-09-01 !
== IGOUNO commissioner-general of UNRWA
Philippe Lazzarini 2020-03-18 !
== IGOUNOKID executive director of UNICEF
Catherine Russell 2022-02-01 !
== IGOUNOWFP executive director of the WFP
David Beasley 2017-04-04
Cindy McCain 2023-04-05 !
== IGOUNOWHO director-general of the WHO
Margaret Chan 2007-01-04
Tedros Adhanom Ghebreyesus 2017-07-01
== IGOUNOIAE director general of the IAEA
Yukiya Amano 2009-12-01..2019-07-18
Rafael Grossi 2019-12-03
== IGOICC prosecutor of the ICC (Khan on leave since 2025-05-16)
Fatou Bensouda 2012-06-15
Karim Khan 2021-06-16 !
== IGONAT NATO secretary general
Jens Stoltenberg 2014-10-01
Mark Rutte 2024-10-01
== IGOIMF managing director of the IMF
Kristalina Georgieva 2019-10-01
== IGOUNOWBK president of the World Bank
Jim Yong Kim 2012-07-01..2019-02-01
David Malpass 2019-04-09
Ajay Banga 2023-06-02
== IGOWTO director-general of the WTO
Roberto Azevêdo 2013-09-01..2020-08-31
Ngozi Okonjo-Iweala 2021-03-01
== IGOOAU chairperson of the African Union Commission
Nkosazana Dlamini-Zuma 2012-10-15
Moussa Faki Mahamat 2017-03-14
Mahmoud Ali Youssouf 2025-02-15
== IGOARL secretary-general of the Arab League
Nabil Elaraby 2011-07-01
Ahmed Aboul Gheit 2016-07-01 !
== IGOIOM director general of the IOM
Amy Pope 2023-10-01
+ Ban Ki-moon | Ban Ki Moon => KORELI; KORGOV 2004-01-17..2006-11-09
+ António Guterres | Antonio Guterres | Guterres => PRTELI; PRTGOV 1995-10-28..2002-04-06
+ Amina J. Mohammed | Amina Mohammed => NGAELI
+ Martin Griffiths => GBRELI
+ Tom Fletcher => GBRELI
+ Staffan de Mistura | de Mistura => ITAELI
+ Geir Pedersen => NORELI
+ Hans Grundberg => SWEELI
+ Filippo Grandi => ITAELI
+ Zeid Ra'ad al-Hussein | Zeid Ra'ad Al Hussein | Zeid bin Ra'ad => JORELI
+ Michelle Bachelet | Bachelet => CHLELI; CHLGOV 2006-03-11..2010-03-10; CHLGOV 2014-03-11..2018-03-10
+ Volker Türk | Volker Turk => AUTELI
+ Francesca Albanese => IGOUNO
+ Patricia Scotland | Baroness Scotland | Baroness Patricia Scotland => GBRELI
+ Shirley Ayorkor Botchwey | Shirley Botchwey => GHAELI; GHAGOV 2017-01-?..2025-01-06
+ Irwin LaRocque => IGOCRB
+ Carla Barnett => BLZELI
+ Stergomena Tax => TZAELI; TZAGOV 2021-09-12..2024-08-? !
+ Elias Magosi => BWAELI
+ Philippe Lazzarini | Lazzarini => CHEELI
+ Catherine Russell => USAELI
+ David Beasley => USAELI
+ Cindy McCain => USAELI
+ Margaret Chan => CHNELI
+ Tedros Adhanom Ghebreyesus | Tedros Adhanom | Tedros => ETHELI
+ Yukiya Amano => JPNELI
+ Rafael Grossi | Rafael Mariano Grossi | Grossi => ARGELI
+ Fatou Bensouda | Bensouda => GMBELI
+ Karim Khan | Karim A.A. Khan | Karim Asad Ahmad Khan => GBRELI
+ Jens Stoltenberg | Stoltenberg => NORELI; NORGOV 2005-10-17..2013-10-16; NORGOV 2025-02-04..
+ Mark Rutte | Rutte => NLDELI; NLDGOV 2010-10-14..2024-07-01
+ Kristalina Georgieva | Georgieva => BGRELI; IGOEEC 2014-11-01..2016-12-31; IGOUNOWBK 2017-01-02..2019-09-30
+ Jim Yong Kim => USAELI
+ David Malpass | Malpass => USAELI
+ Ajay Banga => USAELI
+ Roberto Azevêdo | Roberto Azevedo => BRAELI
+ Ngozi Okonjo-Iweala | Okonjo-Iweala => NGAELI; NGAGOV 2011-08-17..2015-05-29
+ Nkosazana Dlamini-Zuma | Dlamini-Zuma | Dlamini Zuma => ZAFELI
+ Moussa Faki Mahamat | Moussa Faki => TCDELI; TCDGOV 2008-04-23..2017-01-30
+ Mahmoud Ali Youssouf => DJIELI; DJIGOV 2005-07-?..2025-02-14
+ Nabil Elaraby | Nabil al-Araby => EGYELI
+ Ahmed Aboul Gheit | Aboul Gheit | Ahmed Abul Gheit => EGYELI; EGYGOV 2004-07-14..2011-03-06
+ Amy Pope => USAELI

== IGOEEC members of the European Commission (concurrent: explicit ranges)
Margrethe Vestager 2014-11-01..2024-11-30
Frans Timmermans 2014-11-01..2023-08-22
Thierry Breton 2019-12-01..2024-09-16
Valdis Dombrovskis 2014-11-01.. !
Maroš Šefčovič 2010-02-10.. !
Olivér Várhelyi 2019-12-01.. !
Andrius Kubilius 2024-12-01.. !
Marta Kos 2024-12-01.. !
Teresa Ribera 2024-12-01.. !
== IGOASN secretary-general of ASEAN
Lim Jock Hoi 2018-01-01..2022-12-31
Kao Kim Hourn 2023-01-01 !
== IGOGCC secretary-general of the GCC
Nayef al-Hajraf 2020-04-01..2023-01-31 !
Jasem Mohamed Albudaiwi 2023-02-01 !
== IGOOAS secretary general of the OAS
Luis Almagro 2015-05-26..2025-05-29 !
Albert Ramdin 2025-05-30 !
== IGOWAS president of the ECOWAS Commission
Jean-Claude Kassi Brou 2018-03-01..2022-07-14 !
Omar Alieu Touray 2022-07-15 !
== IGOASA secretary-general of the SCO
Zhang Ming 2022-01-01..2024-12-31
Nurlan Yermekbayev 2025-01-01 !
== IGOOIC secretary general of the OIC
Hissein Brahim Taha 2021-11-? !
== IGOUNO UN envoys and coordinators (Middle East peace process and Gaza, Libya, Sudan; concurrent)
Tor Wennesland 2021-01-?..2024-12-31 !
Sigrid Kaag 2024-01-08..2025-06-30 !
Volker Perthes 2021-02-?..2023-09-? !
Abdoulaye Bathily 2022-09-?..2024-05-? !
Ramtane Lamamra 2023-11-?.. !
Hanna Tetteh 2025-02-?.. !
== IGOUNOICJ judges and presidents of the ICJ
Joan Donoghue 2010-09-09..2024-02-05
Iwasawa Yuji 2018-06-22.. !
+ Margrethe Vestager | Vestager => DNKELI
+ Frans Timmermans | Timmermans => NLDELI; NLDGOV 2012-11-05..2014-10-31; NLDOPP 2023-08-23..2025-10-29 !
+ Thierry Breton => FRAELI; FRAGOV 2005-02-25..2007-05-15
+ Valdis Dombrovskis | Dombrovskis => LVAELI; LVAGOV 2009-03-12..2014-01-22
+ Maroš Šefčovič | Maros Sefcovic | Šefčovič | Sefcovic => SVKELI
+ Olivér Várhelyi | Oliver Varhelyi | Várhelyi | Varhelyi => HUNELI
+ Andrius Kubilius => LTUELI
+ Marta Kos => SVNELI
+ Teresa Ribera => ESPELI; ESPGOV 2018-06-07..2024-11-30
+ Lim Jock Hoi => BRNELI
+ Kao Kim Hourn => KHMELI
+ Nayef al-Hajraf | Nayef Falah Mubarak Al-Hajraf => KWTELI
+ Jasem Mohamed Albudaiwi | Jasem Albudaiwi | Jassim Albudaiwi => KWTELI
+ Luis Almagro | Almagro => URYELI; URYGOV 2010-03-01..2015-03-01
+ Albert Ramdin => SURELI
+ Jean-Claude Kassi Brou => CIVELI
+ Omar Alieu Touray | Omar Touray => GMBELI
+ Zhang Ming => CHNELI
+ Nurlan Yermekbayev => KAZELI
+ Hissein Brahim Taha => TCDELI
+ Tor Wennesland => NORELI
+ Sigrid Kaag => NLDELI; NLDGOV 2017-10-26..2021-09-17; NLDGOV 2022-01-10..2024-01-07
+ Volker Perthes => DEUELI
+ Abdoulaye Bathily => SENELI
+ Ramtane Lamamra | Lamamra => DZAELI; DZAGOV 2013-09-11..2017-05-24; DZAGOV 2021-07-07..2023-03-17
+ Hanna Tetteh | Hanna Serwaa Tetteh => GHAELI
+ Joan Donoghue => USAELI
+ Iwasawa Yuji | Yuji Iwasawa => JPNELI

### GROUPS
# Leaders of armed groups listed in organisations.txt (the group's code).
+ Abu Bakr al-Baghdadi => IMGMUS
+ Abu Hafs al-Hashimi al-Qurashi => IMGMUS !
+ Osama bin Laden | Usama bin Laden => IMGMUSALQ
+ Ayman al-Zawahiri | Ayman al-Zawahri | al-Zawahiri | Zawahiri => IMGMUSALQ
+ Saif al-Adel | Saif al-Adl => IMGMUSALQ
+ Khalid Batarfi => YEMINSALQ
+ Saad al-Awlaki | Saad bin Atef al-Awlaki => YEMINSALQ !
+ Noor Wali Mehsud => PAKTAL
+ Bashir Zeb | Bashir Zeb Baloch => PAKSEP
+ Hafiz Saeed | Hafiz Muhammad Saeed => PAKREB
+ Masood Azhar | Maulana Masood Azhar => PAKREB
+ Abdullah Öcalan | Abdullah Ocalan | Öcalan | Ocalan => TURSEP
+ Murat Karayılan | Murat Karayilan => TURSEP
+ Brahim Ghali => ESHREBPLS
"""

# ---------------------------------------------------------------------------

DATE_RE = re.compile(r"^(?P<name>.+?)\s+(?P<start>\d{4}-\d{2}-(?:\d{2}|\?))"
                     r"(?P<dots>\.\.(?P<end>\d{4}-\d{2}-(?:\d{2}|\?))?)?\s*(?P<verify>!)?$")
CODE_RE = re.compile(r"^(?:[A-Z0-9]{3}){1,5}$")
ONE_DAY = dt.timedelta(days=1)


def day(text: str, *, end: bool = False) -> dt.date:
    """An ISO date; a `?` day (known month only) counts as the 1st, or the
    last day of the month for an end date."""
    if text.endswith("?"):
        y, m = int(text[:4]), int(text[5:7])
        if not end:
            return dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - ONE_DAY
    return dt.date.fromisoformat(text)


class Person:
    def __init__(self, key: str, section: str):
        self.key = key
        self.names = [key]
        self.default: str | None = None
        self.spells: list[tuple[str, dt.date | None, dt.date | None]] = []
        self.verify = False
        self.approx = False
        self.section = section
        self.defined = False


def parse():
    people: dict[str, Person] = {}
    order: list[str] = []
    section = "?"
    office_code = None
    office_rows: list[list] = []
    offices: list[tuple[str, list]] = []

    def get(key: str) -> Person:
        if key not in people:
            people[key] = Person(key, section)
            order.append(key)
        return people[key]

    def close_office():
        if office_code is not None:
            offices.append((office_code, office_rows))

    for lineno, raw in enumerate(DATA.splitlines(), 1):
        line = raw.strip()
        if line.startswith("###"):
            close_office()
            office_code, office_rows = None, []
            section = line[3:].strip()
            continue
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            close_office()
            office_code = line[2:].split()[0]
            office_rows = []
            if not CODE_RE.match(office_code):
                sys.exit(f"DATA {lineno}: bad office code {office_code}")
            continue
        if line.startswith("+"):
            body = line[1:].strip()
            verify = body.endswith("!")
            body = body.rstrip("!").strip()
            names_part, codes_part = (s.strip() for s in body.split("=>", 1))
            names = [" ".join(n.split()) for n in names_part.split("|") if n.strip()]
            p = get(names[0])
            if p.defined:
                sys.exit(f"DATA {lineno}: {names[0]} defined twice")
            p.defined = True
            p.names = names
            p.verify |= verify
            for part in (s.strip() for s in codes_part.split(";")):
                if not part:
                    continue
                bits = part.split()
                if len(bits) == 1:
                    p.default = bits[0]
                else:
                    a, _, b = bits[1].partition("..")
                    p.approx |= a.endswith("?") or b.endswith("?")
                    p.spells.append((bits[0], day(a) if a else None,
                                     day(b, end=True) if b else None))
            continue
        m = DATE_RE.match(line)
        if not m or office_code is None:
            sys.exit(f"DATA {lineno}: cannot read {line!r}")
        office_rows.append([m["name"], m["start"], m["end"], bool(m["verify"]), get(m["name"]),
                            bool(m["dots"])])
    close_office()

    for code, rows in offices:
        for i, (name, start, end, verify, person, dots) in enumerate(rows):
            s = day(start)
            if end is not None:
                e = day(end, end=True)
            elif not dots and i + 1 < len(rows):
                e = day(rows[i + 1][1]) - ONE_DAY
                # the end is only as sure as the successor's start
                verify = verify or rows[i + 1][3] or rows[i + 1][1].endswith("?")
            else:
                e = None
            if e is not None and e < s:
                sys.exit(f"{name}: {code} ends {e} before it starts {s}")
            person.spells.append((code, s, e))
            person.verify |= verify
            person.approx |= start.endswith("?") or bool(end and end.endswith("?"))
    return people, order


def priority(code: str) -> int:
    role = code[3:]
    if code[:3] == "IGO":
        return 1
    table = {"GOV": 0, "LEG": 3, "MIL": 4, "SPY": 5, "JUD": 6,
             "COP": 5, "OPP": 8}
    return table.get(role, 9)


def resolve(spells):
    """Non-overlapping (code, start, end) ranges, highest priority wins."""
    if not spells:
        return []
    bounds = set()
    for _c, s, e in spells:
        bounds.add(s or dt.date.min)
        if e is not None and e < dt.date.max:
            bounds.add(e + ONE_DAY)
    bounds = sorted(bounds)
    segments = []
    for i, b in enumerate(bounds):
        seg_end = bounds[i + 1] - ONE_DAY if i + 1 < len(bounds) else None
        active = [c for c, s, e in spells
                  if (s or dt.date.min) <= b and (e is None or e >= b)]
        if not active:
            continue
        best = min(active, key=lambda c: (priority(c), c))
        if segments and segments[-1][0] == best and segments[-1][2] is not None \
                and segments[-1][2] + ONE_DAY == b:
            segments[-1][2] = seg_end
        else:
            segments.append([best, b, seg_end])
    out = []
    for c, s, e in segments:
        out.append((c, None if s == dt.date.min else s, e))
    return out


def fmt_range(s, e) -> str:
    return f"{s.isoformat() if s else ''}..{e.isoformat() if e else ''}"


def entry_names(path: pathlib.Path) -> list[list[str]]:
    """The names of each entry of an actor file (continuation lines included)."""
    entries: list[list[str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        text = raw.split("#", 1)[0]
        if "=>" not in text:
            if text.strip().startswith("|") and entries:
                entries[-1].extend(" ".join(n.split()) for n in text.split("|") if n.strip())
            continue
        left = text.split("=>", 1)[0]
        entries.append([" ".join(n.split()) for n in left.split("|") if n.strip()])
    return entries


def country_names() -> set[str]:
    return {n.lower() for names in entry_names(COUNTRIES) for n in names}


def other_core_names() -> set[str]:
    """Names of the core layer's other actor files: a name may be in one file only."""
    return {n.lower() for path in OUT.parent.glob("*.txt") if path != OUT
            for names in entry_names(path) for n in names}


def phoenix_aliases(people: dict, order: list[str], taken: set[str]) -> dict[str, list[str]]:
    """Key -> the other names of the phoenix entries that share a name with the person.

    The phoenix layer spells a leader in many ways ("President Obama", "Us President
    Barack Obama"), with dates of its own that are often open-ended ("USAGOV
    2009-01-20.."). A core line replaces only the names it lists, so those spellings
    kept the stale dates: they get the person's core codes here. A spelling that two
    people's entries share, that another core file or person lists, or that does not
    spell the person (`_spells`) is left alone.
    """
    own = {n.lower(): key for key in order for n in people[key].names}
    found: dict[str, set[str]] = collections.defaultdict(set)
    spelling: dict[str, str] = {}
    for names in entry_names(PHOENIX):
        keys = {own[n.lower()] for n in names if n.lower() in own}
        for n in names:
            if n.lower() not in own:
                for key in keys:
                    found[n.lower()].add(key)
                spelling.setdefault(n.lower(), n)
    aliases: dict[str, list[str]] = collections.defaultdict(list)
    for low, keys in found.items():
        key = next(iter(keys))
        if len(keys) == 1 and low not in taken and _spells(low, people[key].names):
            aliases[key].append(spelling[low])
    return aliases


#: Name particles shared by many people: no evidence that two names are one person's.
PARTICLES = frozenset({"abu", "al", "el", "bin", "ibn", "bint", "de", "da", "van", "von"})


def _spells(alias: str, names: list[str]) -> bool:
    """Whether a phoenix name (lower case) spells this person, not an office or a group
    filed with him ("Syria's Government", "Islamic State of Iraq"), nor a namesake: it
    has two words of the person's names ("President Barack Obama"), or a surname the
    person's own names list bare ("President Obama", as "Obama" is listed); "Prime
    Minister Sharif" is no one in particular."""
    words = set(re.findall(r"[\w'-]+", alias)) - PARTICLES
    own = {w for n in names for w in re.findall(r"[\w'-]+", n.lower())}
    bare = {n.lower() for n in names if " " not in n}
    return len(words & own) >= 2 or bool(words & bare)


SECTION_TITLES = {
    "USA": "United States", "ARG": "Argentina", "AUS": "Australia", "BRA": "Brazil",
    "CAN": "Canada", "CHN": "China", "DEU": "Germany", "FRA": "France",
    "GBR": "United Kingdom", "EU": "European Union (IGOEEC)", "IND": "India",
    "IDN": "Indonesia", "ITA": "Italy", "JPN": "Japan", "KOR": "South Korea",
    "MEX": "Mexico", "RUS": "Russia", "SAU": "Saudi Arabia", "TUR": "Turkey",
    "ZAF": "South Africa", "AFG": "Afghanistan", "PAK": "Pakistan", "IRN": "Iran",
    "IRQ": "Iraq", "SYR": "Syria", "YEM": "Yemen", "ISR": "Israel", "PSE": "Palestine",
    "LBN": "Lebanon", "UKR": "Ukraine", "SDN": "Sudan", "SSD": "South Sudan",
    "ETH": "Ethiopia", "SOM": "Somalia", "COD": "DR Congo", "CAF": "Central African Republic",
    "MLI": "Mali", "BFA": "Burkina Faso", "NER": "Niger", "NGA": "Nigeria",
    "CMR": "Cameroon", "TCD": "Chad", "LBY": "Libya", "MMR": "Myanmar", "COL": "Colombia",
    "VEN": "Venezuela", "HTI": "Haiti", "MOZ": "Mozambique", "KEN": "Kenya", "EGY": "Egypt",
    "ARM": "Armenia", "AZE": "Azerbaijan", "GEO": "Georgia", "LKA": "Sri Lanka",
    "BGD": "Bangladesh", "PHL": "Philippines", "THA": "Thailand", "PRK": "North Korea",
    "TWN": "Taiwan", "QAT": "Qatar",
    "CARIBBEAN": "Caribbean and Central America", "PACIFIC": "Pacific island states",
    "AFRICA3": "Further African states", "ASIA3": "Further Asian states",
    "EUROPE2": "Smaller European states",
    "FURTHER": "Further office holders of the states above",
    "OTHER": "Other states that recur in conflict news",
    "IGO": "Heads of international organisations",
    "GROUPS": "Leaders of armed groups (group codes as in organisations.txt)",
}

HEADER = """\
# core layer: named leaders with date-restricted codes.
# Generated by codebooks/tools/make_core_leaders.py -- edit the generator, not this file.
#
# Coverage: heads of state and government, foreign and defence ministers of the G20
# members, the EU and forty conflict-affected countries, from the holders in office
# on 2015-01-01 to the time of writing (knowledge as of 2025, partly later); the other
# European states' and further states' leaders of 2022-2026 (sections EUROPE, ASIA2,
# AMERICAS2, AFRICA2, GULF2); army and
# intelligence chiefs where widely reported; leaders of the major armed groups.
#
# Codes:  COUNTRY+GOV heads of state and government, ministers, crown princes
#         (defence ministers too: a minister is GOV, tests/gold/README.md, as the
#         agents 'defence minister' and 'defence secretary' are)
#         COUNTRY+MIL armed-forces chiefs (also the default of career officers)
#         COUNTRY+SPY intelligence chiefs; COUNTRY+LEG speakers; COUNTRY+GOV
#         central-bank governors (a state agency); IGOEEC EU leaders (the EU code in
#         shared/reference/cameo_actor_types.csv); other IGO codes as in
#         organisations.txt.
#         Default code (no date): COUNTRY+ELI for former officials, COUNTRY+OPP for
#         opposition leaders, the group code for armed-group members, MIL for officers.
# Ranges are inclusive and never overlap: one office ends the day before the next
# begins.  Where one person held two offices at once, the higher one is coded
# (government, defence ministers included > IGO > legislature > military >
# intelligence > judiciary).
# A line ending in '# verify' has an open-ended range that may be out of date, or
# dates that are approximate: check it against a current source.
#
# Bare surnames are listed only where news usage is overwhelmingly one person and any
# relative in public life has his or her own entry (longest match wins): Trump, Biden,
# Obama, Bolsonaro (Flávio/Eduardo listed), Assad (Maher listed), Khamenei (Mojtaba
# listed), Haftar (Saddam/Khaled listed), Kabila, Zardari (Bilawal listed), Aliyev.
# Left out on purpose: Sharif, Khan, Kim, Lee, Gandhi, Bhutto, Rajapaksa, Marcos,
# Duterte, Déby, Tshisekedi, Kirchner, Kenyatta, Odinga, Medvedev (tennis), Pistorius,
# Abe, Suga, May, Truss, Gallant, Cleverly, Cameron, Austin, Pence (currency), Burhan,
# Hadi, Aoun, Hariri, Salam, Herzog, Bennett, Katz, Cohen, Halevi, Tsai, Chapo.
#
# Not covered (frequent reshuffles, no reliable exact dates): the foreign and defence
# ministers of South Sudan, Somalia, Chad and Cameroon's army; Colombia's foreign
# ministers 2019-2022 and 2024-2026; Colombia's president from 2026-08-07 (elected
# 2026, after the knowledge of this file).
"""


def main() -> int:
    people, order = parse()
    undefined = [k for k in order if not people[k].defined]
    if undefined:
        print("office holders without a '+' line:", undefined, file=sys.stderr)
        return 1
    taken = country_names()
    seen: dict[str, str] = {}
    problems = []
    for key in order:
        p = people[key]
        for n in p.names:
            low = n.lower()
            if low in taken:
                problems.append(f"{n!r} ({key}) is already a name in countries.txt")
            if low in seen and seen[low] != key:
                problems.append(f"{n!r} used by {seen[low]} and {key}")
            seen[low] = key
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    aliases = phoenix_aliases(people, order, taken | other_core_names())
    by_section: dict[str, list[str]] = collections.OrderedDict()
    for key in order:
        by_section.setdefault(people[key].section, []).append(key)

    lines = [HEADER]
    verify_lines = []
    for section, keys in by_section.items():
        lines.append(f"\n# ===== {SECTION_TITLES.get(section, section)} =====")
        for key in keys:
            p = people[key]
            default = p.default
            segs = resolve(p.spells)
            if default is None:
                first = next((c for c, _s, _e in segs), None)
                default = (first[:3] if first and first[:3] != "IGO" else section[:3]) + "ELI"
            for c in [default, *(c for c, _s, _e in segs)]:
                if not CODE_RE.match(c):
                    print(f"bad code {c} for {key}", file=sys.stderr)
                    return 1
            codes = [default] + [f"{c} {fmt_range(s, e)}" for c, s, e in segs]
            line = f"{' | '.join(p.names)} => {'; '.join(codes)}"
            if p.verify or p.approx:
                line += "    # verify"
                verify_lines.append(line)
            lines.append(line)
            if aliases.get(key):
                lines.append(f"  | {' | '.join(aliases[key])}    # phoenix spellings")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(len(k) for k in by_section.values())} people, "
          f"{len(verify_lines)} marked verify)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
