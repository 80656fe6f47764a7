// Alliance Graph: facts from the article's untitled introduction (notes 1-5) and from
// "THE BIRTH OF A SOCIALIST ALLIANCE SYSTEM" (notes 6-16).
// Each fact: one map in the list below, its id and type first, then its properties; the statement
// at the end MERGEs each fact on its id and gives it its type's label. Quotes are exact and at most
// 25 words; summaries are our own words. 90-derive.cypher turns the properties into links.

UNWIND [

// ---------------------------------------------------------------------------------------------
// Introduction, notes 1-2: the Armistice as remembered in 2012
// ---------------------------------------------------------------------------------------------

// Note 1 (Nodong Sinmun editorial, 27 July 2012)
{id: 'event-dprk-victory-day-editorial-2012', type: 'event',
  summary: 'The Nodong Sinmun hails Kim Jong Un as the symbol of the Korean people\'s victory on the Armistice anniversary',
  eventKind: 'publication', start: '2012-07-27',
  tone: 'neutral',
  participants: ['kwp'], mentions: ['kim-jong-un'],
  section: 'intro', note: 1,
  quote: 'whom the Nodong Sinmun describes as "the symbol of eternal victory of the Korean people."'
},

// Note 2 (same editorial): the Armistice's date, and hostility toward the US and the ROK
{id: 'treaty-korean-armistice-1953', type: 'treaty',
  summary: 'The Korean Armistice Agreement is signed, ending the fighting without a peace treaty',
  name: 'Korean Armistice Agreement', signed: '1953-07-27', start: '1953-07-27', end: '..',
  obligations: [],
  terms: 'Cease-fire and demarcation line; exchange of prisoners; no peace treaty followed',
  parties: ['kpa', 'cpva', 'unc'], mentions: ['rok'],
  dyads: ['dprk/unc', 'prc/unc', 'dprk/usa', 'prc/usa'],
  section: 'intro', note: 2,
  quote: 'the legacy of July 27, 1953, the day of the signing of the agreement',
  caveat: 'A cease-fire between adversaries, which the article calls a "temporary peace", is no integration between them: the cease-fire stays in the terms and no obligation is stored, as for the demarcation-line agreement of 1951.',
  caveatKind: 'interpretation'
},

{id: 'dispute-dprk-usa-rok-rhetoric-2012', type: 'dispute',
  summary: 'The regime\'s 2012 polemics call for readiness to fight the United States and the "South Korean puppets"',
  topic: 'hostile rhetoric', severity: 'minor', start: '2012-07-27',
  parties: ['dprk', 'usa', 'rok'], dyads: ['dprk/usa', 'dprk/rok'],
  section: 'intro', note: 2,
  quote: 'We should always be ready to fight a do-or-die battle against the United States and the South Korean puppets.'
},

// ---------------------------------------------------------------------------------------------
// Introduction, notes 3-5: Kim Il Sung's radio address of 28 July 1953
// ---------------------------------------------------------------------------------------------

{id: 'event-kim-armistice-victory-speech-1953', type: 'event',
  summary: 'The day after the Armistice, Kim Il Sung proclaims a "historical victory" after three years of "heroic battle"',
  eventKind: 'speech', start: '1953-07-28',
  tone: 'neutral',
  participants: ['kim-il-sung'],
  section: 'intro', note: 3,
  quote: 'made a speech proclaiming the "historical victory" of North Korea after three years of "heroic battle."',
  caveat: 'The article romanizes Kim\'s name here as "Kim Ilŏng", a slip for Kim Ilsŏng; its note 3 spells the speech\'s title "Chŏngjŏn hyŏpjŏng ch\'egyŏl e chŭumhayŏ" and its bibliography "Chŏngiŏn ... chŭmhayŏ".',
  caveatKind: 'spelling'
},

{id: 'dispute-dprk-usa-armistice-speech-1953', type: 'dispute',
  summary: 'Kim accuses the "American imperialists" of trying to colonize Korea and make it a military base against the USSR and China',
  topic: 'hostile rhetoric', severity: 'minor', start: '1953-07-28',
  parties: ['kim-il-sung', 'usa'],
  section: 'intro', note: 4,
  quote: 'The North Korean leader accused the American imperialists of attempting to colonize the country and enslave the Korean people'
},

{id: 'event-kim-tribute-cpva-socialist-camp-1953', type: 'event',
  summary: 'In the same speech Kim pays tribute to the Chinese volunteers and to the aid of the socialist camp',
  eventKind: 'speech', start: '1953-07-28',
  tone: 'integration',
  participants: ['kim-il-sung', 'cpva', 'socialist-countries'],
  dyads: ['dprk/prc', 'dprk/socialist-countries'],
  section: 'intro', note: 4,
  quote: 'Kim paid tribute to the role of the Chinese People\'s Volunteer Army (CPVA), as well as assistance from the "socialist and democratic camp"'
},

{id: 'dispute-dprk-rok-rhee-armistice-1953', type: 'dispute',
  summary: 'Kim denounces Syngman Rhee for opposing the Armistice, releasing North Korean prisoners and urging a "northern strike"',
  topic: 'Armistice and prisoners of war', severity: 'major', start: '1953-07-28',
  parties: ['kim-il-sung', 'syngman-rhee'],
  section: 'intro', note: 5,
  quote: 'Kim Il Sung blasted the "traitor" Syngman Rhee (Yi Sŭngman) for opposing the Armistice'
},

{id: 'event-kim-permanent-peace-pledge-1953', type: 'event',
  summary: 'Kim vows to strive for "permanent peace" and calls the Armistice a first step toward peaceful unification',
  eventKind: 'speech', start: '1953-07-28',
  tone: 'neutral',
  participants: ['kim-il-sung'], mentions: ['rok'],
  section: 'intro', note: 5,
  quote: 'Kim vowed that the DPRK would continue to strive to achieve "permanent peace."'
},

// ---------------------------------------------------------------------------------------------
// Introduction, no note: the division of 1945
// ---------------------------------------------------------------------------------------------

{id: 'event-division-of-korea-1945', type: 'event',
  summary: 'Korea is divided along the 38th parallel under Soviet-American wartime agreements',
  eventKind: 'decision', start: '1945',
  tone: 'neutral',
  participants: ['ussr', 'usa'], mentions: ['dprk', 'rok'],
  section: 'birth',
  quote: 'The division of Korea along the thirty-eighth parallel was part of a wider series of Soviet/American agreements',
  caveat: 'Agreed between the USSR and the United States, but the article has it produce two states "set on confronting each other": neutral, not integration between the powers.',
  caveatKind: 'interpretation'
},

{id: 'relation-dprk-rok-hostile-1948', type: 'relation',
  summary: 'The two Korean states stand in rival, mutually antagonistic systems from their founding',
  status: 'hostile', start: '1948', end: '..',
  parties: ['dprk', 'rok'],
  section: 'intro',
  quote: 'produced two states, each of which became part of a global system set on confronting each other.',
  caveat: 'The article dates the division to late 1945; the two states were proclaimed in August and September 1948. It gives no end, so the period is left open (to the end of its coverage).',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// THE BIRTH OF A SOCIALIST ALLIANCE SYSTEM, note 6: integration under Soviet occupation, trade
// ---------------------------------------------------------------------------------------------

{id: 'relation-dprk-ussr-occupation-integration-1945', type: 'relation',
  summary: 'Under Soviet occupation North Korea is integrated into the Soviet system, internally and economically',
  status: 'close', start: '1945', end: '1948',
  parties: ['dprk', 'ussr'],
  section: 'birth',
  quote: 'North Korea\'s integration into the Soviet system during the Soviet occupation of northern Korea from 1945 to 1948 was both internal'
},

{id: 'event-dprk-soviet-style-constitution-1948', type: 'event',
  summary: 'The creation of the DPRK and its Soviet-style constitution complete the internal integration begun in 1946',
  eventKind: 'decision', start: '1948',
  tone: 'integration',
  participants: ['dprk'], mentions: ['ussr'], dyads: ['dprk/ussr'],
  section: 'birth',
  quote: 'The internal integration began in 1946 and was finalized by the creation of the DPRK and the adoption of a Soviet-style constitution in 1948.'
},

{id: 'flow-ussr-dprk-trade-1949', type: 'flow',
  summary: 'Soviet-North Korean trade, begun in 1946, reaches 614 million rubles in 1949, about 90 percent of the DPRK\'s foreign trade',
  flowKind: 'trade', start: '1949', end: '1949',
  parties: ['ussr', 'dprk'],
  amount: 614000000, unit: 'rubles', currency: 'SUR-old', qualifier: 'exact', share: 0.9,
  shareOf: 'DPRK foreign trade',
  section: 'birth', note: 6,
  quote: 'Bilateral Soviet–North Korean trade, which began in 1946, increased to 614 million rubles in 1949 and constituted around 90 percent of the DPRK\'s foreign trade.'
},

{id: 'event-dprk-east-european-diplomatic-relations-1948', type: 'event',
  summary: 'The USSR draws North Korea into its sphere by establishing its diplomatic relations with East European countries',
  eventKind: 'recognition', start: '1948', end: '1949',
  tone: 'integration',
  participants: ['dprk', 'east-european-countries'], mentions: ['ussr'],
  section: 'birth',
  quote: 'In 1948 and 1949 the Soviets pulled North Korea further into the Soviet sphere of influence through establishing diplomatic relations with East European countries.'
},

// Note 7: North Korea as the CCP's rear base in the civil war
{id: 'relation-dprk-ccp-civil-war-cooperation-1946', type: 'relation',
  summary: 'Korean and Chinese Communists cooperate closely in the Chinese civil war; North Korea serves as the CCP\'s rear base',
  status: 'close', start: '1946', end: '1949-09',
  parties: ['dprk', 'ccp'],
  section: 'birth', note: 7,
  quote: 'On an inter-party level the Korean and Chinese Communists cooperated closely with each other during the Chinese civil war',
  caveat: 'The article gives no dates for this cooperation; the period is that of the civil war in Manchuria (1946 to the PRC\'s founding).',
  caveatKind: 'period'
},

{id: 'flow-koreans-in-pla-civil-war', type: 'flow',
  summary: 'Thousands of Koreans serve in the ranks of the People\'s Liberation Army during the civil war',
  flowKind: 'personnel', start: '1946', end: '1949',
  giver: 'dprk', receiver: 'pla',
  amount: 1000, unit: 'soldiers', qualifier: 'thousands',
  section: 'birth', note: 7,
  quote: 'thousands of Koreans filled the ranks of the Chinese People\'s Liberation Army',
  caveat: 'The article does not say these Koreans came from North Korea (many were Koreans of Manchuria); the amount records only "thousands".',
  caveatKind: 'attribution'
},

{id: 'flow-dprk-pla-logistics-and-arms-civil-war', type: 'flow',
  summary: 'North Korea gives the PLA in Manchuria transport and logistics links and releases Japanese munitions and arms to it, with Soviet consent',
  flowKind: 'arms', start: '1946', end: '1949',
  giver: 'dprk', receiver: 'pla', mentions: ['ussr'],
  section: 'birth', note: 7,
  quote: 'The North Koreans provided important transportation and logistical links for the People\'s Liberation Army (PLA) in Manchuria'
},

// Notes 8-9: Stalin and the CCP, 1945-1949
{id: 'dispute-mao-claims-no-soviet-help', type: 'dispute',
  summary: 'Mao later claims the Soviets gave the Chinese Communists "not even a fart" in the civil war, a grudge of the Sino-Soviet split',
  topic: 'Soviet aid in the civil war', severity: 'minor', start: '1960s',
  parties: ['mao-zedong', 'ussr'],
  claimant: 'Mao Zedong', certainty: 'reported',
  section: 'birth', note: 8,
  quote: 'Mao later claimed that the Soviets did not give the Communist forces a single gun or bullet, "not even a fart"',
  caveat: 'The article rejects the claim (notes 9 and the Soviet supplies recorded here) and dates it only to after the split; note 8 spells the physician "Zhusui Li", the bibliography "Zhisui Li".',
  caveatKind: 'contradicted'
},

{id: 'treaty-ussr-roc-friendship-1945', type: 'treaty',
  summary: 'The Soviet-Nationalist China Treaty of Friendship and Alliance confirms Mongolia\'s independence and gives the USSR influence in Xinjiang and concessions in Manchuria',
  name: 'Sino-Soviet Treaty of Friendship and Alliance (1945)', signed: '1945', start: '1945', end: '1950-02-14',
  obligations: ['defense'],
  terms: 'Independence of Mongolia; Soviet influence in Xinjiang; Soviet concessions in Dalian, Lushun (Port Arthur) and Changchun',
  parties: ['ussr', 'roc'], mentions: ['mongolia'],
  section: 'birth', note: 9,
  quote: 'the 1945 Soviet–Nationalist China Treaty of Friendship and Alliance, which confirmed the independence of Mongolia, Soviet influence in Xinjiang',
  caveat: 'The article gives the year only (signed 14 August 1945 in the common record); its end is taken as the 1950 Sino-Soviet treaty that replaced it, and "defense" is inferred from the treaty\'s name.',
  caveatKind: 'period'
},

{id: 'event-stalin-urges-mao-negotiate-chiang-1945', type: 'event',
  summary: 'Stalin urges Mao to negotiate with Chiang Kai-shek, to preserve the treaty with Nationalist China',
  eventKind: 'statement', start: '1945-08',
  tone: 'divergence',
  participants: ['stalin', 'mao-zedong'], mentions: ['chiang-kai-shek'],
  section: 'birth', note: 9,
  quote: 'Stalin had urged Mao to join negotiations with Chiang Kai-shek in August 1945'
},

{id: 'flow-ussr-ccp-assistance-1945', type: 'flow',
  summary: 'Soviet assistance to the Chinese Communists begins in the late summer of 1945 and helps decide the civil war',
  flowKind: 'aid', start: '1945-summer', end: '1949-09',
  giver: 'ussr', receiver: 'ccp',
  section: 'birth', note: 9,
  quote: 'the beginning of Soviet assistance to the Chinese Communists in the late summer of 1945 also helped the CCP'
},

{id: 'dispute-ussr-roc-manchurian-ports-1945', type: 'dispute',
  summary: 'Soviet commanders in Manchuria bar Nationalist troops from the ports of Dalian, Huludao and Yingkou and advise handing them to the Communists',
  topic: 'Manchurian ports', severity: 'major', start: '1945',
  parties: ['soviet-army', 'nationalist-army'], mentions: ['ccp'],
  section: 'birth', note: 9,
  quote: 'the Soviet commanders in Manchuria did not allow Nationalist troops to use three ports in the Northeast'
},

{id: 'treaty-ussr-ccp-northeast-commercial-1946', type: 'treaty',
  summary: 'Moscow signs a commercial agreement with the CCP\'s Northeast Bureau, opening deliveries of Soviet military supplies',
  name: 'Soviet commercial agreement with the Northeast Bureau of the CCP (December 1946)', signed: '1946-12', start: '1946-12', end: '1947-05',
  obligations: ['economic-cooperation', 'military-cooperation'],
  parties: ['ussr', 'ccp-northeast-bureau'],
  section: 'birth', note: 9,
  quote: 'Moscow signed commercial agreements in December 1946 and again in May 1947 with the Northeast Bureau of the CCP',
  caveat: 'The article gives no term; the agreement is taken to run until the next one of May 1947.',
  caveatKind: 'period'
},

{id: 'treaty-ussr-ccp-northeast-commercial-1947', type: 'treaty',
  summary: 'A second Soviet commercial agreement with the CCP\'s Northeast Bureau, again allowing military supplies',
  name: 'Soviet commercial agreement with the Northeast Bureau of the CCP (May 1947)', signed: '1947-05', start: '1947-05', end: '1949-09',
  obligations: ['economic-cooperation', 'military-cooperation'],
  parties: ['ussr', 'ccp-northeast-bureau'],
  section: 'birth', note: 9,
  quote: 'which allowed the delivery of Soviet military supplies to the area',
  caveat: 'The article gives no term; the agreement is taken to run until the PRC\'s founding.',
  caveatKind: 'period'
},

{id: 'event-red-army-dalian-munitions-recruitment', type: 'event',
  summary: 'The Red Army lets the Chinese Communists run a secret munitions complex in Dalian and recruit 300,000 soldiers there',
  eventKind: 'decision', start: '1945', end: '1949',
  tone: 'integration',
  participants: ['soviet-army', 'ccp'],
  section: 'birth', note: 9,
  quote: 'The Red Army also allowed the Chinese Communists to operate a secret munitions complex in Dalian and recruit 300,000 soldiers from the area.',
  caveat: 'The article gives no dates; the period is that of the Soviet presence in Manchuria and the civil war.',
  caveatKind: 'period'
},

{id: 'flow-ussr-pla-kwantung-arsenal-1947', type: 'flow',
  summary: 'The Soviets release to the PLA a captured Japanese Kwantung Army arsenal, enough to equip 600,000 servicemen',
  flowKind: 'arms', start: '1947',
  giver: 'ussr', receiver: 'pla', mentions: ['kwantung-army'],
  amount: 600000, unit: 'servicemen equipped', qualifier: 'exact',
  section: 'birth', note: 9,
  quote: 'In 1947, the Soviets released a huge arsenal (enough to equip 600,000 servicemen), which had been captured from the Japanese Kantō Army, to the PLA.'
},

{id: 'dispute-ussr-ccp-titoism-suspicions-1945', type: 'dispute',
  summary: 'Stalin is at first skeptical of Mao\'s revolution, suspecting Titoism, and ambivalent toward the CCP',
  topic: 'suspicions of Titoism in Mao\'s revolution', start: '1945', end: '1940s',
  parties: ['ussr', 'ccp'], mentions: ['stalin', 'mao-zedong'],
  section: 'birth',
  quote: 'Despite Stalin\'s initial skepticism and suspicions of Titoism in Mao\'s revolution, he embraced the opportunity to reshape Asia\'s political landscape.',
  caveat: 'The article dates the suspicions only as "initial", beside Soviet assistance from the late summer of 1945; the end is left at the decade, before the support "particularly after 1948".',
  caveatKind: 'period'
},

{id: 'relation-ussr-ccp-support-1948', type: 'relation',
  summary: 'Stalin supports the Chinese Communists, particularly after 1948 as the civil war turns in the PLA\'s favor',
  status: 'close', start: '1948', end: '1949-09',
  parties: ['ussr', 'ccp'],
  section: 'birth', note: 9,
  quote: 'despite his initial ambivalence toward the CCP, Stalin supported the Chinese Communists, particularly after 1948'
},

// Notes 10-11: Liu Shaoqi in Moscow, the division of labor, and the KWP's abstention
{id: 'event-liu-shaoqi-moscow-1949', type: 'event',
  summary: 'Liu Shaoqi\'s visit to Moscow maps out CCP-CPSU cooperation and future interstate ties, with a division of labor in the Communist movement',
  eventKind: 'visit', start: '1949-07', place: 'Moscow',
  tone: 'integration',
  participants: ['liu-shaoqi', 'stalin', 'cpsu'],
  section: 'birth', note: 10,
  quote: 'Liu Shaoqi\'s visit to Moscow in July 1949 not only mapped out the cooperation between the Chinese Communist Party (CCP) and Communist Party'
},

{id: 'event-stalin-center-of-revolution-east-1949', type: 'event',
  summary: 'Stalin declares the center of revolution to be moving to the East and China; the PRC is to promote revolution in Asia',
  eventKind: 'speech', start: '1949-07',
  tone: 'integration',
  participants: ['stalin', 'liu-shaoqi'],
  section: 'birth', note: 10,
  quote: 'Stalin even declared that the "center of revolution is moving to the East and China,"'
},

{id: 'event-kwp-abstains-ccp-training-1949', type: 'event',
  summary: 'The KWP sends no one to the CCP\'s political training for Asian Communist parties in 1949 and 1950',
  eventKind: 'refusal', start: '1949', end: '1950',
  tone: 'divergence',
  participants: ['kwp', 'ccp'],
  section: 'birth', note: 11,
  quote: 'the Korean Workers\' Party (KWP) did not send representatives on either occasion.'
},

{id: 'relation-dprk-ussr-favored-1948', type: 'relation',
  summary: 'In the early postwar era the DPRK leadership favors the USSR over the CCP and relies on Soviet support for unification',
  status: 'allied', start: '1948-09', end: '1950-06',
  parties: ['dprk', 'ussr'],
  certainty: 'speculated',
  section: 'birth',
  quote: 'In the early postwar era the DPRK leadership tended to favor the USSR over the CCP.',
  caveat: 'The article does not call the tie an alliance in so many words for these years; "allied" is read from its account of Soviet statehood-building and the reliance on Soviet support.',
  caveatKind: 'interpretation'
},

// Note 12: the Sino-Soviet treaty of 1950, its loan and its secret additional agreement
{id: 'treaty-ussr-prc-friendship-1950', type: 'treaty',
  summary: 'Zhou Enlai and Andrei Vyshinsky sign the Sino-Soviet Treaty of Friendship, Alliance, and Mutual Assistance at the end of Mao\'s stay in Moscow',
  name: 'Sino-Soviet Treaty of Friendship, Alliance, and Mutual Assistance', signed: '1950-02-14', start: '1950-02-14', end: '1980-04-11',
  obligations: ['defense', 'consultation', 'economic-cooperation', 'military-cooperation'],
  parties: ['ussr', 'prc'], mentions: ['zhou-enlai', 'vyshinsky', 'mao-zedong'],
  section: 'birth',
  quote: 'signed the Sino-Soviet Treaty of Friendship, Alliance, and Mutual Assistance on February 14, 1950, at the end of Mao\'s two-month stay in Moscow',
  caveat: 'The end date (lapse after thirty years, April 1980) is from the common record; the article gives none.',
  caveatKind: 'period'
},

{id: 'flow-ussr-prc-loan-1950', type: 'flow',
  summary: 'The 1950 treaty gives China a $300 million Soviet loan',
  flowKind: 'loan', start: '1950-02-14',
  giver: 'ussr', receiver: 'prc',
  amount: 300000000, unit: 'dollars', currency: 'USD', usd: 300000000, qualifier: 'exact',
  section: 'birth',
  quote: 'The treaty provided a lifeline for China in the form of a $300 million loan, fifty industrial projects, and military assistance.'
},

{id: 'flow-ussr-prc-industrial-projects-1950', type: 'flow',
  summary: 'The 1950 treaty also brings China fifty Soviet industrial projects and military assistance',
  flowKind: 'aid', start: '1950-02-14',
  giver: 'ussr', receiver: 'prc',
  amount: 50, unit: 'industrial projects', qualifier: 'exact',
  section: 'birth',
  quote: 'The treaty provided a lifeline for China in the form of a $300 million loan, fifty industrial projects, and military assistance.'
},

{id: 'treaty-ussr-prc-additional-secret-agreement-1950', type: 'treaty',
  summary: 'A secret additional agreement to the 1950 treaty bars concessions to third countries in the Soviet Far East, Central Asia, Manchuria and Xinjiang',
  name: 'Additional Secret Agreement to the Sino-Soviet Treaty of Friendship, Alliance, and Mutual Assistance', signed: '1950-02-14', start: '1950-02-14', end: '..',
  obligations: [],
  terms: 'Neither party to allow foreign concessions or rights to third countries in the Soviet Far East, the Central Asian republics, Manchuria and Xinjiang',
  parties: ['ussr', 'prc'],
  section: 'birth', note: 12,
  quote: 'Mao referred to an Additional Secret Agreement which stipulated that the USSR and the PRC would not allow foreign concessions and rights to third countries',
  caveat: 'The article dates the agreement only by its attachment to the 1950 treaty and gives no end.',
  caveatKind: 'period'
},

{id: 'dispute-mao-gromyko-bitter-fruits-1957', type: 'dispute',
  summary: 'Mao tells Gromyko that Stalin forced "two bitter fruits" on the PRC, the joint stock companies and a Soviet sphere in Manchuria and Xinjiang',
  topic: 'unequal partnership', severity: 'major', start: '1957',
  parties: ['mao-zedong', 'gromyko'], mentions: ['stalin'],
  section: 'birth', note: 12,
  quote: 'Mao told Andrei Gromyko in 1957 that Stalin forced the PRC to "eat two bitter fruits, which we did not want"'
},

{id: 'event-sino-soviet-split-late-1950s', type: 'event',
  summary: 'Different paths to socialism, diverging interests and rivalry for leadership of the Communist movement lead to the Sino-Soviet split',
  eventKind: 'split', start: '1957', end: '1959',
  tone: 'divergence',
  participants: ['ussr', 'prc'],
  section: 'birth', note: 12,
  quote: 'competition for leadership in the international Communist movement in the late 1950s and led to the Sino-Soviet split.',
  caveat: 'The article dates the rivalry that led to the split only to "the late 1950s", stored as 1957-1959 (its divergence section also has the paths part "after 1957"); it gives the split itself no year.',
  caveatKind: 'period'
},

// Notes 13-16: ideology, "leaning to one side", and China's entry into the war
{id: 'event-mao-leaning-to-one-side-1949', type: 'event',
  summary: 'Mao formulates the CCP\'s foreign policy line of "leaning to one side", toward the Soviet Union',
  eventKind: 'speech', start: '1949-06',
  tone: 'integration',
  participants: ['mao-zedong'], mentions: ['ussr'], dyads: ['ccp/ussr'],
  section: 'birth', note: 14,
  quote: 'Mao formulated the famous CCP\'s foreign policy line of "leaning on one side" toward the Soviet Union in a speech from June 1949.',
  alsoNotes: [15],
  alsoQuotes: ['This dictatorship must unite as one with the international revolutionary forces.']
},

{id: 'event-prc-decision-to-enter-korean-war-1950', type: 'event',
  summary: 'China decides to enter the Korean War, out of power politics and revolutionary ideology alike',
  eventKind: 'decision', start: '1950-10',
  tone: 'integration',
  participants: ['prc'], mentions: ['mao-zedong', 'ussr'], dyads: ['dprk/prc'],
  section: 'birth', note: 13,
  quote: 'the "naked" military-political interests and stress on power politics played a role in the Sino-Soviet alliance and the Chinese decision to enter the Korean War.',
  alsoNotes: [16],
  alsoQuotes: ['without Mao\'s leadership role, China\'s response to the Korean crisis could have been different.'],
  caveat: 'The article does not date the decision here; October 1950 is when the Chinese troops crossed the Yalu (common record).',
  caveatKind: 'period'
},

{id: 'relation-ussr-prc-alliance-1950', type: 'relation',
  summary: 'The Sino-Soviet alliance becomes the backbone of the international Socialist system',
  status: 'allied', start: '1950-02-14', end: '1957',
  parties: ['ussr', 'prc'],
  section: 'birth',
  quote: 'The Sino-Soviet alliance became the backbone of the international Socialist system',
  caveat: 'The end is where the article puts the start of the divergence ("after 1957"); it gives no single date.',
  caveatKind: 'period'
}
] AS fact
MERGE (f:Fact {id: fact.id})
SET f:$({role: 'Role', treaty: 'Treaty', flow: 'Flow', dispute: 'Dispute', event: 'Event', relation: 'Relation'}[fact.type]),
    f += fact;
