// Alliance Graph: facts from the first half of "DIVERGENCE AND THE EVOLUTION OF THE ALLIANCE
// SYSTEM IN THE 1950s AND 1960s" (from its heading to the paragraph "In the 1960s, North Korea
// first sided with China...", not included), endnotes 74-92.
// Each fact: one map in the list below, its id and type first, then its properties; the statement
// at the end MERGEs each fact on its id and gives it its type's label. Quotes are exact and at most
// 25 words; summaries are our own words. 90-derive.cypher turns the properties into links.
// No actors are first named in this part: every actor used is in 10-actors.cypher.

UNWIND [

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 74-75: Kim Il Sung's Chuch'e speech of December 1955
// ---------------------------------------------------------------------------------------------

{id: 'event-kim-chuche-speech-1955', type: 'event',
  summary: 'Kim Il Sung\'s speech on eliminating formalism and dogmatism in ideological work and establishing Chuch\'e opens North Korea\'s ideological divergence',
  eventKind: 'speech', start: '1955-12',
  tone: 'divergence',
  participants: ['kim-il-sung'], mentions: ['ussr', 'prc', 'soviet-koreans', 'yanan-group'],
  dyads: ['dprk/ussr', 'dprk/prc'],
  section: 'divergence', note: 74,
  quote: 'Kim Il Sung gave a speech in December 1955 entitled "About the Elimination of Formalism and Dogmatism in Ideological Work and Establishing Chuch\'e',
  alsoNotes: [74, 0, 0],
  alsoQuotes: ['The absence of Chuch\'e in ideological work is a serious defect.',
               'Culture and ideology were the first areas for North Korea\'s divergence from the notion of Soviet domination.',
               'The DPRK was still too dependent on the Soviet Union, China, and other countries'],
  caveat: 'Note 74 garbles the Korean title ("Sasang saöþ ... hwangniphal tte taehayö"); the bibliography has "Sasang saŏp ... hwangnipal tte taehayŏ".',
  caveatKind: 'spelling'
},

{id: 'dispute-kim-soviet-influence-soviet-koreans-1955', type: 'dispute',
  summary: 'The speech attacks Soviet influence and the Soviet Koreans in the KWP, criticizing the glorification of Soviet heritage over Korean traditions',
  topic: 'Soviet cultural and political influence', severity: 'minor', start: '1955-12',
  parties: ['kim-il-sung', 'soviet-koreans'], mentions: ['ussr'], dyads: ['dprk/ussr'],
  section: 'divergence', note: 75,
  quote: 'Scholars rightly describe this speech as an attack on Soviet influence and Soviet Koreans in the KWP',
  alsoNotes: [74],
  alsoQuotes: ['We should not automatically follow the Soviet forms and methods']
},

{id: 'dispute-kim-yanan-cadres-chuche-speech-1955', type: 'dispute',
  summary: 'In the article\'s reading the speech also targets the Korean cadres returned from China, as the guerrilla group\'s dominance and purges of rival factions merge with nationalist rhetoric',
  topic: 'factional rivalry and Chinese influence', severity: 'minor', start: '1955-12',
  parties: ['kim-il-sung', 'yanan-group'], mentions: ['partisan-group', 'prc'], dyads: ['dprk/prc'],
  section: 'divergence',
  quote: 'But it is evident that the speech also targeted Korean cadres who returned from China.',
  alsoNotes: [0],
  alsoQuotes: ['The domination of Kim\'s guerrilla group and the purges and repression against rival factions were intertwined with an increasingly nationalistic rhetoric.']
},

{id: 'event-dprk-chuche-national-policy-1960', type: 'event',
  summary: 'Five or six years after the 1955 speech, the North Korean leadership articulates Chuch\'e as the national policy',
  eventKind: 'reform', start: '1960-12', end: '1961-12',
  tone: 'divergence',
  participants: ['kwp'], mentions: ['kim-il-sung', 'ussr', 'prc'],
  dyads: ['dprk/ussr', 'dprk/prc'],
  section: 'divergence',
  quote: 'it would take five or six more years before the North Korean leadership articulated Chuch\'e as North Korea\'s national policy.',
  caveat: 'The article gives only "five or six more years" after December 1955; the window is computed from that. Scored as divergence from both neighbours: the article calls the 1955 speech "an attempt to take a more independent policy" toward them, which this policy completed.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 76-77: de-Stalinization, Kim's trip of June 1956, the media's answer
// ---------------------------------------------------------------------------------------------

{id: 'event-cpsu-20th-congress-1956', type: 'event',
  summary: 'The 20th Congress of the CPSU launches de-Stalinization, in whose wake the KWP opposition gains prominence',
  eventKind: 'congress', start: '1956-02', place: 'Moscow',
  tone: 'divergence',
  participants: ['cpsu'], mentions: ['kwp', 'yanan-group', 'soviet-koreans'],
  dyads: ['dprk/ussr', 'prc/ussr'],
  section: 'divergence',
  quote: 'gained greater prominence in the wake of the 20th Congress of the CPSU and the de-Stalinization drive in the Soviet Union.',
  caveat: 'The article gives no date; February 1956 (14-25 February) is from the common record.',
  caveatKind: 'period'
},

{id: 'event-ussr-de-stalinization-campaign-1956', type: 'event',
  summary: 'The Soviet de-Stalinization campaign, which Moscow also prods the East European countries to follow',
  eventKind: 'campaign', start: '1956', end: '..',
  tone: 'neutral',
  participants: ['cpsu'], mentions: ['east-european-countries'],
  dyads: ['ussr/east-european-countries'],
  section: 'divergence',
  quote: 'the de-Stalinization campaign in the Soviet Union and Soviet prodding of similar activities in the East European countries'
},

{id: 'dispute-kwp-opposition-against-kim-1956', type: 'dispute',
  summary: 'Officials of the Yan\'an and Soviet groups form an opposition to Kim Il Sung in the KWP, which gains momentum during his trip abroad in June 1956',
  topic: 'Kim Il Sung\'s leadership and personality cult', severity: 'severe', start: '1956', end: '1956-08',
  parties: ['kim-il-sung', 'yanan-group', 'soviet-koreans'], mentions: ['cpsu'],
  section: 'divergence',
  quote: 'Officials from the Yan\'an and Soviet groups formed an opposition in the Korean Workers\' Party',
  alsoNotes: [0],
  alsoQuotes: ['The party\'s internal opposition gained momentum during Kim\'s visit to the Soviet Union and Eastern Europe in June 1956.']
},

{id: 'event-kim-visit-ussr-eastern-europe-1956', type: 'event',
  summary: 'Kim Il Sung visits the Soviet Union and Eastern Europe, a trip vital to securing aid for the DPRK\'s Five-Year Plan',
  eventKind: 'visit', start: '1956-06',
  recordStart: '1956-06-01', recordEnd: '1956-07-20',
  tone: 'integration',
  participants: ['kim-il-sung', 'ussr', 'east-european-countries'], dyads: ['dprk/ussr', 'dprk/east-european-countries'],
  section: 'divergence', note: 76,
  quote: 'Kim\'s visit to the Soviet Union and Eastern Europe in June 1956',
  alsoNotes: [0],
  alsoQuotes: ['The trip to the fraternal countries was vital for the implementation of the DPRK\'s Five-Year Plan in terms of securing aid'],
  caveat: 'In the common record the delegation left on 1 June and returned on about 20 July 1956 (the Petrov record of note 78 says 20 July); the article dates the trip June 1956.',
  caveatKind: 'common-record'
},

{id: 'dispute-ussr-dprk-personality-cult-1956', type: 'dispute',
  summary: 'In Moscow the Soviet leadership demands that Kim criticize the North Korean personality cult, in line with de-Stalinization',
  topic: 'personality cult and de-Stalinization', severity: 'major', start: '1956-06',
  parties: ['cpsu', 'kim-il-sung'],
  section: 'divergence',
  quote: 'the Soviet leadership demanded that Kim criticize the North Korean personality cult'
},

{id: 'event-kim-accepts-comrades-criticism-1956', type: 'event',
  summary: 'Kim agrees to "accept [his] comrades\' criticism", having, the article judges, little choice if he was to secure aid',
  eventKind: 'statement', start: '1956-06', place: 'Moscow',
  tone: 'integration',
  participants: ['kim-il-sung', 'cpsu'],
  section: 'divergence', note: 76,
  quote: 'Kim agreed to "accept [his] comrades\' criticism."',
  alsoNotes: [0],
  alsoQuotes: ['Kim must have felt he had little choice but to accept the Soviet terms.']
},

{id: 'event-nodong-sinmun-personality-cult-editorial-1956', type: 'event',
  summary: 'A Nodong Sinmun editorial answers the CPSU\'s decision on "overcoming the consequences of the personality cult", one of the media\'s lukewarm efforts to please the Soviet ally',
  eventKind: 'publication', start: '1956-08-01',
  tone: 'integration',
  participants: ['kwp'], mentions: ['cpsu'], dyads: ['dprk/ussr'],
  section: 'divergence', note: 77,
  quote: 'An editorial of the Nodong Sinmun (August 1, 1956) was the North Korean answer to the decision of the CPSU',
  alsoNotes: [77],
  alsoQuotes: ['There were some lukewarm efforts to please the Soviet ally in the North Korean media.']
},

{id: 'event-kim-indian-journalist-interview-1956', type: 'event',
  summary: 'In an interview with an Indian journalist Kim refers to the "denouncement of personality cult" and calls the CPSU\'s struggle against it proper',
  eventKind: 'statement', start: '1956',
  tone: 'integration',
  participants: ['kim-il-sung'], mentions: ['cpsu'], dyads: ['dprk/ussr'],
  section: 'divergence', note: 77,
  quote: 'in an interview with an Indian journalist, Kim Il Sung referred to the "denouncement of personality cult"',
  caveat: 'The note does not date the interview; 1956 is inferred from its context (the CPSU decision and the August 1956 editorial).',
  caveatKind: 'period'
},

{id: 'event-ccp-eighth-congress-1956', type: 'event',
  summary: 'At the Eighth Congress of the CCP all references to "Mao Zedong thought" disappear, in step with de-Stalinization',
  eventKind: 'congress', start: '1956-09', place: 'Beijing',
  tone: 'integration',
  participants: ['ccp'], mentions: ['cpsu', 'mao-zedong'], dyads: ['prc/ussr'],
  section: 'divergence', note: 77,
  quote: 'at the Eighth Congress of the Chinese Communist Party in September, all references to "Mao Zedong thought" disappeared'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, note 78: the Soviet embassy and the planned criticism of Kim (July 1956)
// ---------------------------------------------------------------------------------------------

{id: 'role-nam-il-foreign-minister-dprk-1956', type: 'role',
  summary: 'Nam Il, a Soviet Korean, is the DPRK\'s minister of foreign affairs',
  office: 'Minister of Foreign Affairs of the DPRK', start: '1956-07-24', end: '1956-07-24',
  recordStart: '1953', recordEnd: '1959',
  holder: 'nam-il', organization: 'dprk', host: 'dprk', mentions: ['soviet-koreans'],
  section: 'divergence', note: 78,
  quote: 'the conversation with Nam Il, Soviet Korean minister of foreign affairs of the DPRK',
  caveat: 'The article attests the office only on the date of the conversation (24 July 1956); in the common record Nam Il was foreign minister from 1953 to 1959.',
  caveatKind: 'period'
},

{id: 'role-petrov-charge-daffaires-ussr-dprk-1956', type: 'role',
  summary: 'A. M. Petrov is the Soviet chargé d\'affaires in the DPRK',
  office: 'Chargé d\'affaires of the USSR in the DPRK', start: '1956-07-24', end: '1956-07-24',
  holder: 'petrov', organization: 'ussr', host: 'dprk',
  section: 'divergence', note: 78,
  quote: 'from the Diary of Charge d\'affairs of the USSR in the DPRK A. M. Petrov',
  caveat: 'Note 78 writes "charge d\'affairs" for chargé d\'affaires (ad interim, in the CWIHP record) and "DRPK" for DPRK in the document\'s title; the office is attested only on 24 July 1956.',
  caveatKind: 'spelling'
},

{id: 'event-petrov-nam-il-conversation-1956', type: 'event',
  summary: 'Petrov tells Nam Il that Pak Ch\'angok\'s plan to criticize Kim Il Sung severely is clearly incorrect and could harm the country at home and abroad',
  eventKind: 'meeting', start: '1956-07-24', place: 'P\'yŏngyang',
  tone: 'integration',
  participants: ['petrov', 'nam-il'], mentions: ['pak-changok', 'kim-sunghwa', 'kim-il-sung', 'soviet-koreans'],
  section: 'divergence', note: 78,
  quote: 'the position taken by Pak Ch\'angok on that issue [criticism of Kim Il Sung] was clearly incorrect',
  caveat: 'Note 78 cites RGANI "Fond 5, Delo 28, Delo 410", repeating "Delo" where the opis belongs (Opis 28, Delo 410 in the CWIHP record), and gives the pages 301-3 without saying they are listy.',
  caveatKind: 'citation'
},

{id: 'event-soviet-embassy-disapproves-criticism-of-kim-1956', type: 'event',
  summary: 'According to Soviet archival sources the Soviet embassy stays neutral and even disapproves of the plans to speak against Kim at the August Plenum, fearing a backlash against the Soviet Koreans',
  eventKind: 'statement', start: '1956-07', end: '1956-08',
  tone: 'integration',
  participants: ['ussr'], mentions: ['pak-changok', 'kim-sunghwa', 'kim-il-sung', 'soviet-koreans'],
  dyads: ['dprk/ussr'],
  claimant: 'Soviet archival sources', certainty: 'reported',
  section: 'divergence', note: 78,
  quote: 'Soviet archival sources suggest that Soviet embassy officials were neutral and even disapproved of plans by North Korean officials',
  alsoNotes: [78, 78],
  alsoQuotes: ['They were particularly mindful that this criticism could lead to deprecations against Soviet Koreans and have negative consequences for Soviet-DPRK relations.',
               'I said that he [Kim Il Sung] should in some way influence Pak Ch\'angok, Kim Sünghwa, and other Soviet Koreans'],
  caveat: 'The article\'s bracket makes Kim Il Sung the one to restrain the critics, but Petrov was advising his interlocutor Nam Il, who had sought his advice; "he" most likely means Nam Il.',
  caveatKind: 'interpretation'
},

{id: 'event-ussr-behind-kwp-opposition-speculation-1956', type: 'event',
  summary: 'Some have speculated that the Soviet Union stood behind the KWP opposition to Kim Il Sung',
  eventKind: 'intervention', start: '1956', end: '1956-08',
  tone: 'divergence',
  participants: ['ussr', 'soviet-koreans'], mentions: ['kim-il-sung', 'yanan-group'],
  claimant: 'unnamed speculation', certainty: 'speculated',
  section: 'divergence', note: 78,
  quote: 'Despite speculation that the Soviet Union was behind the opposition in the KWP to Kim Il Sung',
  caveat: 'The article rejects the speculation on the evidence of Soviet archival sources (note 78).',
  caveatKind: 'contradicted'
},

{id: 'dispute-pak-changok-kim-sunghwa-criticism-of-kim-1956', type: 'dispute',
  summary: 'Pak Ch\'angok, Kim Sŭnghwa and other officials plan to speak out against Kim Il Sung at the August Plenum',
  topic: 'criticism of Kim Il Sung at the August Plenum', severity: 'severe', start: '1956-07', end: '1956-08',
  parties: ['pak-changok', 'kim-sunghwa', 'kim-il-sung'], mentions: ['soviet-koreans'],
  section: 'divergence', note: 78,
  quote: 'influence Pak Ch\'angok, Kim Sünghwa, and other Soviet Koreans so that they rejected the initiative to speak out against Kim Il Sung',
  alsoNotes: [78],
  alsoQuotes: ['such as Pak Ch\'angok and Kim Sŭnghwa, to speak against Kim Il Sung at the August Plenum']
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, no note: the August Plenum, Hungary, and Sino-Soviet pressure
// ---------------------------------------------------------------------------------------------

{id: 'event-kwp-august-plenum-1956', type: 'event',
  summary: 'The August Plenum of the CC KWP defeats the opposition and purges cadres of the Soviet and Yan\'an groups, a turning point toward a more independent course vis-à-vis the allies',
  eventKind: 'meeting', start: '1956-08',
  tone: 'divergence',
  participants: ['kwp-cc', 'kim-il-sung', 'yanan-group', 'soviet-koreans'],
  dyads: ['dprk/ussr', 'dprk/prc'],
  section: 'divergence',
  quote: 'The August Plenum of the Central Committee of the Korean Workers\' Party (CC KWP) in 1956, and its aftermath, marked an important point',
  alsoNotes: [0],
  alsoQuotes: ['reinstate purged cadres from the Soviet and Yan\'an groups in the KWP']
},

{id: 'event-ussr-destalinization-caution-after-hungary-1956', type: 'event',
  summary: 'After the Hungarian uprising of October 1956 the Soviet leadership grows even more cautious with de-Stalinization, in North Korea as elsewhere',
  eventKind: 'decision', start: '1956-10', end: '1956',
  tone: 'neutral',
  participants: ['cpsu'], mentions: ['hungary', 'kwp', 'kim-il-sung'], dyads: ['dprk/ussr', 'hungary/ussr'],
  section: 'divergence',
  quote: 'The Soviet leadership had reasons to be even more cautious with de-Stalinization after the Hungarian uprising in October 1956.',
  caveat: 'The article states the reasons for caution, not a dated Soviet decision; the period runs from the uprising to the end of 1956.',
  caveatKind: 'interpretation'
},

{id: 'flow-cpva-dprk-troops-1956', type: 'flow',
  summary: '350,000 Chinese troops are still stationed in North Korea in 1956',
  flowKind: 'troops', start: '1956', end: '1956',
  giver: 'cpva', receiver: 'dprk',
  amount: 350000, unit: 'soldiers', qualifier: 'exact',
  section: 'divergence',
  quote: 'in spite of the 350,000 Chinese troops still in North Korea'
},

{id: 'dispute-prc-ussr-dprk-august-plenum-reversal-1956', type: 'dispute',
  summary: 'China and the Soviet Union press Kim in concert to reverse the August Plenum decisions and reinstate the purged Soviet and Yan\'an cadres; Kim stands his ground',
  topic: 'reversal of the August Plenum purges', severity: 'major', start: '1956-09', end: '1956',
  parties: ['prc', 'ussr', 'kim-il-sung'], dyads: ['dprk/prc', 'dprk/ussr'],
  section: 'divergence',
  quote: 'concerted Sino-Soviet pressure to reverse the August Plenum KWP decisions and to reinstate purged cadres from the Soviet and Yan\'an groups in the KWP',
  caveat: 'The article does not date the pressure; it is placed from the Peng Dehuai-Mikoyan intervention of September 1956 to the end of that year.',
  caveatKind: 'period'
},

{id: 'event-kim-intensifies-purges-1956', type: 'event',
  summary: 'Rather than yield to Sino-Soviet pressure, Kim Il Sung intensifies the purges and repression',
  eventKind: 'purge', start: '1956-09', end: '1958',
  tone: 'divergence',
  participants: ['kim-il-sung', 'yanan-group', 'soviet-koreans'], dyads: ['dprk/prc', 'dprk/ussr'],
  section: 'divergence',
  quote: 'Kim Il Sung not only stood his ground, but also intensified the purges and repression.',
  caveat: 'The article gives no period; it starts after the September 1956 intervention and ends with the purge wave of 1957-1958 in the common record.',
  caveatKind: 'period'
},

{id: 'relation-dprk-ussr-august-crisis-1956', type: 'relation',
  summary: 'After the August Plenum, Moscow joins Beijing in pressing Kim to reverse his purges, and Kim defies both',
  status: 'strained', start: '1956-08', end: '1956',
  parties: ['dprk', 'ussr'],
  section: 'divergence',
  quote: 'concerted Sino-Soviet pressure to reverse the August Plenum KWP decisions',
  alsoNotes: [0],
  alsoQuotes: ['Kim Il Sung not only stood his ground, but also intensified the purges and repression.']
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 79-80: Mao, the Peng Dehuai-Mikoyan intervention, and Sino-DPRK relations
// ---------------------------------------------------------------------------------------------

{id: 'event-peng-mikoyan-intervention-kwp-1956', type: 'event',
  summary: 'Peng Dehuai and Anastas Mikoyan intervene in the KWP, at Mao\'s initiative according to Chinese sources',
  eventKind: 'intervention', start: '1956-09',
  tone: 'divergence',
  participants: ['peng-dehuai', 'mikoyan', 'kwp'], mentions: ['mao-zedong', 'kim-il-sung'],
  claimant: 'Chinese sources', certainty: 'reported',
  section: 'divergence', note: 79,
  quote: 'Mao initiated the Peng Dehuai-Mikoyan intervention in the KWP in September 1956'
},

{id: 'event-mao-mikoyan-beijing-on-kim-1956', type: 'event',
  summary: 'Mao tells Mikoyan in Beijing that Kim does not listen to the Chinese and that the Soviets must deal with him this time',
  eventKind: 'meeting', start: '1956-09', place: 'Beijing',
  tone: 'divergence',
  participants: ['mao-zedong', 'mikoyan'], mentions: ['kim-il-sung'], dyads: ['prc/ussr', 'dprk/prc'],
  claimant: 'Chinese sources', certainty: 'reported',
  section: 'divergence', note: 79,
  quote: 'Mao told Mikoyan in Beijing: "Kim Il Sung has issues with us and does not listen to us. It has to be you',
  caveat: 'The note does not date the conversation; it is placed in September 1956, when the intervention it prepared took place.',
  caveatKind: 'period'
},

{id: 'dispute-mao-kim-kwp-purges-1956', type: 'dispute',
  summary: 'Mao is unhappy with Kim but, according to Chinese sources, does not intend to reshuffle the North Korean leadership',
  topic: 'Kim Il Sung\'s purges and defiance of China', severity: 'major', start: '1956',
  parties: ['mao-zedong', 'kim-il-sung'],
  claimant: 'Chinese sources', certainty: 'reported',
  section: 'divergence', note: 79,
  quote: 'was unhappy with Kim, he did not intend a reshuffle of the North Korean leadership.',
  alsoNotes: [0],
  alsoQuotes: ['The question is whether the Chinese and Soviets wanted to replace him in the first place.']
},

{id: 'event-mao-warned-kim-against-war-1950', type: 'event',
  summary: 'By Mao\'s later account to Mikoyan, he had warned Kim not to start a war before the Korean War broke out',
  eventKind: 'statement', start: '1950-05', end: '1950-06',
  tone: 'divergence',
  participants: ['mao-zedong', 'kim-il-sung'],
  claimant: 'Mao Zedong', certainty: 'reported',
  section: 'divergence', note: 79,
  quote: 'Mao warned Kim before the outbreak of the Korean War not to start a war.',
  caveat: 'The article itself reports (note 26, Russian sources) that at their May 1950 meeting Mao fully supported the war plan; the warning is undated and placed before the war\'s outbreak.',
  caveatKind: 'contradicted'
},

{id: 'event-mao-warned-kim-inchon-landing-1950', type: 'event',
  summary: 'By the same account, Mao later warned Kim that American troops might land at Inch\'ŏn or elsewhere in the rear',
  eventKind: 'statement', start: '1950-06', end: '1950-09',
  tone: 'integration',
  participants: ['mao-zedong', 'kim-il-sung'], mentions: ['usa'],
  claimant: 'Mao Zedong', certainty: 'reported',
  section: 'divergence', note: 79,
  quote: 'Later he warned him that the American troops might land in Inch’ŏn or another place in the rear.',
  caveat: 'The note does not date the warning; it falls between the outbreak of war and the Inch\'ŏn landing of 15 September 1950 (common record).',
  caveatKind: 'period'
},

{id: 'relation-dprk-prc-strained-1956', type: 'relation',
  summary: 'Sino-North Korean relations are strained in 1956: Mao is unhappy with Kim, who defies him over the purges',
  status: 'strained', start: '1956', end: '1956',
  parties: ['dprk', 'prc'],
  section: 'divergence', note: 79,
  quote: 'Kim Il Sung has issues with us and does not listen to us.',
  alsoNotes: [0],
  alsoQuotes: ['even though Mao initiated the Peng Dehuai-Mikoyan intervention in the KWP in September 1956 and was unhappy with Kim']
},

{id: 'relation-dprk-prc-improvement-1957', type: 'relation',
  summary: 'Sino-North Korean relations improve in 1957',
  status: 'normal', start: '1957', end: '1957',
  parties: ['dprk', 'prc'],
  section: 'divergence', note: 79,
  quote: 'after an improvement of Sino-North Korean relations in 1957'
},

{id: 'event-ccp-isolates-escaped-korean-cadres-1957', type: 'event',
  summary: 'After the improvement of relations the CCP isolates and discriminates against the Korean cadres who had fled to China',
  eventKind: 'decision', start: '1957',
  tone: 'integration',
  participants: ['ccp'], mentions: ['yanan-group', 'kim-il-sung'], dyads: ['dprk/prc'],
  claimant: 'Chinese sources', certainty: 'reported',
  section: 'divergence', note: 79,
  quote: 'the Korean cadres who escaped to China were isolated and discriminated against by the Chinese Communist Party.',
  caveat: 'The article gives no end to this treatment; the start is the improvement of 1957.',
  caveatKind: 'period'
},

{id: 'event-mao-kim-beijing-conversation-1960', type: 'event',
  summary: 'In a conversation with Kim in Beijing, Mao blames Peng Dehuai for "big power chauvinism" toward North Korea during the war',
  eventKind: 'meeting', start: '1960', place: 'Beijing',
  tone: 'integration',
  participants: ['mao-zedong', 'kim-il-sung'], mentions: ['peng-dehuai'],
  section: 'divergence', note: 80,
  quote: 'In a conversation with Kim in Beijing in 1960, Mao blamed CPVA commander Peng Dehuai'
},

{id: 'dispute-peng-dprk-big-power-chauvinism-war', type: 'dispute',
  summary: 'Mao concedes, in 1960, that the CPVA commander Peng Dehuai had shown "big power chauvinism" toward North Korea during the war',
  topic: 'big power chauvinism', severity: 'major', start: '1950-10', end: '1953-07',
  parties: ['peng-dehuai', 'dprk'], mentions: ['mao-zedong', 'cpva'],
  claimant: 'Mao Zedong', certainty: 'reported',
  section: 'divergence', note: 80,
  quote: 'Mao blamed CPVA commander Peng Dehuai for "big power chauvinism" toward North Korea during the war.',
  caveat: '"During the war" is read as the CPVA\'s presence in the fighting, October 1950 to the Armistice of July 1953.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 81-83: Ch'ŏllima and the Tae'an work system
// ---------------------------------------------------------------------------------------------

{id: 'event-dprk-chollima-movement-1958', type: 'event',
  summary: 'The Ch\'ŏllima movement, modeled loosely on the Great Leap Forward without its excesses, mobilizes workers, schoolchildren and students, departing from the Soviet model',
  eventKind: 'campaign', start: '1958', end: '1960s',
  tone: 'divergence',
  participants: ['dprk', 'kwp'], mentions: ['prc', 'ussr', 'mao-zedong'],
  dyads: ['dprk/ussr'],
  section: 'divergence', note: 81,
  quote: 'The North Korean Ch\'ŏllima (mythological flying horse) movement, for instance, was modeled loosely after Mao\'s Great Leap Forward',
  alsoNotes: [0],
  alsoQuotes: ['were accompanied by a deviation from Soviet-model economic institutions and patterns of Socialist construction.'],
  caveat: 'The article gives no dates; 1958 follows from its model (the Great Leap Forward of 1958) and the unpaid labor it reports by the end of 1958, and the decade bounds its end. It counts as divergence from the Soviet model only: modeled loosely on the Great Leap Forward, it says nothing of the tie to China.',
  caveatKind: 'period'
},

{id: 'event-dprk-unpaid-labor-1958', type: 'event',
  summary: 'Under Ch\'ŏllima, workers and employees must do four to five hours of unpaid work a day by the end of 1958',
  eventKind: 'campaign', start: '1958-Q4',
  tone: 'neutral',
  participants: ['dprk'],
  section: 'divergence', note: 81,
  quote: 'by the end of 1958 workers and employees had to complete four to five hours of unpaid work daily.',
  caveat: '"By the end of 1958" is read as the last quarter of the year.',
  caveatKind: 'period'
},

{id: 'event-dprk-taean-work-system', type: 'event',
  summary: 'The Tae\'an work system puts factory management under the party committee, with the party secretary on top and the director second',
  eventKind: 'reform', start: '1961', end: '..',
  recordStart: '1961-12',
  tone: 'divergence',
  participants: ['kim-il-sung', 'kwp'], mentions: ['ussr'],
  dyads: ['dprk/ussr'],
  section: 'divergence', note: 82,
  quote: 'Kim Il Sung streamlined the factory structure and reorganized it along the lines of the party committee, with a director and staff.',
  alsoNotes: [0, 82],
  alsoQuotes: ['the Tae\'an work system represented an effort to control planning and management by the party.',
               'the Taean work system placed the factory party secretary as the top manager while the director of the factory was placed second in command'],
  caveat: 'The article says only "simultaneously" with Ch\'ŏllima; 1961 is Kim\'s statement of note 83 (December 1961 in the common record). The body spells "Tae\'an", the notes "Taean". Scored as divergence from the Soviet model: the paragraph presents it beside Ch\'ŏllima after "a deviation from Soviet-model economic institutions".',
  caveatKind: 'period'
},

{id: 'event-bulgarian-embassy-taean-plant-memo-1966', type: 'event',
  summary: 'A memo of the Bulgarian embassy in P\'yŏngyang on a visit to the Taean plant describes its party-led management',
  eventKind: 'report', start: '1966-02-04', place: 'P\'yŏngyang',
  tone: 'neutral',
  participants: ['bulgaria'], mentions: ['dprk'], dyads: ['bulgaria/dprk'],
  section: 'divergence', note: 82,
  quote: 'Memo from the Bulgarian embassy in the DPRK, Visit of Taean Plant, P’yŏngyang, February 4, 1966',
  caveat: 'The note calls Taean "an electricity company" and the memo "Visit of Taean Plant"; the body spells it "Tae\'an".',
  caveatKind: 'spelling'
},

{id: 'event-kim-factory-managers-statement-1961', type: 'event',
  summary: 'Kim Il Sung states that the factories\' managers are the factory party secretary and the party committee',
  eventKind: 'statement', start: '1961',
  tone: 'neutral',
  participants: ['kim-il-sung'], mentions: ['kwp'],
  section: 'divergence', note: 83,
  quote: 'In 1961, Kim Il Sung stated that the managers of the factories were the factory party secretary and party committee.'
},

{id: 'event-gdr-embassy-dprk-socio-economic-report-1972', type: 'event',
  summary: 'The GDR embassy in P\'yŏngyang writes a socio-economic analysis of the DPRK',
  eventKind: 'report', start: '1972-03', place: 'P\'yŏngyang',
  tone: 'neutral',
  participants: ['gdr'], mentions: ['dprk'], dyads: ['dprk/gdr'],
  section: 'divergence', note: 83,
  quote: 'Report from the embassy of the GDR in the DPRK, Socio-economic analysis of the DPRK, P’yŏngyang, March 1972'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, no note: the Soviet Union as centre of the movement, and its erosion
// ---------------------------------------------------------------------------------------------

{id: 'dispute-prc-ussr-leadership-communist-movement', type: 'dispute',
  summary: 'The USSR\'s standing as centre of international communism starts to erode after Stalin\'s death; by the later 1950s Mao refuses a secondary role',
  topic: 'leadership of the international Communist movement', severity: 'major', start: '1957', end: '1960s',
  parties: ['ussr', 'prc'], mentions: ['mao-zedong', 'ccp', 'stalin'],
  section: 'divergence',
  quote: 'But this started to change after Stalin\'s death and the growth of the CCP\'s prestige.',
  alsoNotes: [0, 0],
  alsoQuotes: ['As "the first Socialist country on earth," the Soviet Union was recognized as the center of international communism.',
               'By the latter part of the 1950s Mao no longer wanted to accept a secondary role in the Communist movement.'],
  caveat: 'The article says the change only "started" after Stalin\'s death (1953) and dates Mao\'s refusal of a secondary role, the dispute itself, "by the latter part of the 1950s": stored from 1957 (the birth section has the contest for leadership "in the late 1950s"); the end is left at the 1960s split.',
  caveatKind: 'period'
},

{id: 'dispute-prc-ussr-ideology-power-struggle', type: 'dispute',
  summary: 'Disagreements over building socialism, peaceful coexistence and de-Stalinization turn into a Sino-Soviet power struggle',
  topic: 'socialist construction, peaceful coexistence, de-Stalinization', severity: 'major', start: '1956', end: '1960s',
  parties: ['ussr', 'prc'],
  section: 'divergence',
  quote: 'The ideological disagreements on Socialist-building, peaceful coexistence with capitalism, and the de-Stalinization drive in the Soviet Union turned into a power struggle',
  caveat: 'Undated in the article; the start is de-Stalinization (1956).',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 84-87: the Sino-Soviet honeymoon in figures
// ---------------------------------------------------------------------------------------------

{id: 'flow-ussr-prc-civilian-specialists-1949-1960', type: 'flow',
  summary: 'The Soviet Union sends 12,284 civilians to China, part of a honeymoon of massive technology and personnel transfers',
  flowKind: 'specialists', start: '1949', end: '1960',
  giver: 'ussr', receiver: 'prc',
  amount: 12284, unit: 'civilians', qualifier: 'exact',
  section: 'divergence', note: 84,
  quote: 'From 1949 to 1960, the Soviet Union dispatched to China 12,284 civilians and approximately 10,000 military experts.',
  alsoNotes: [0],
  alsoQuotes: ['a honeymoon period marked by the massive amounts of technology and numbers of human resources transferred from the Soviet Union to China.']
},

{id: 'flow-ussr-prc-military-experts-1949-1960', type: 'flow',
  summary: 'The Soviet Union sends about 10,000 military experts to China',
  flowKind: 'specialists', start: '1949', end: '1960',
  giver: 'ussr', receiver: 'prc',
  amount: 10000, unit: 'military experts', qualifier: 'about',
  section: 'divergence', note: 84,
  quote: 'the Soviet Union dispatched to China 12,284 civilians and approximately 10,000 military experts.'
},

{id: 'flow-ussr-prc-loans-1950s', type: 'flow',
  summary: 'Soviet loans to China in the 1950s total three billion dollars',
  flowKind: 'loan', start: '1950s', end: '1950s',
  giver: 'ussr', receiver: 'prc',
  amount: 3000000000, unit: 'dollars', currency: 'USD', usd: 3000000000, qualifier: 'exact',
  section: 'divergence', note: 85,
  quote: 'The Soviets provided loans worth three billion dollars to China.',
  caveat: 'The article does not break the total down, so it is not stored as the sum of any parts: the $300 million loan of 1950 (birth section) may be among these loans, and both facts stand.',
  caveatKind: 'interpretation'
},

{id: 'flow-ussr-prc-factories-1950s', type: 'flow',
  summary: 'The USSR builds 156 factories in China',
  flowKind: 'aid', start: '1950s', end: '1950s',
  giver: 'ussr', receiver: 'prc',
  amount: 156, unit: 'factories', qualifier: 'exact',
  section: 'divergence', note: 86,
  quote: 'The USSR constructed 156 factories in China and provided 24,000 sets of technical documents.',
  caveat: 'The article does not break the 156 down, so it is not stored as the sum of any parts: the fifty industrial projects of 1950 (birth section) may be among them, as in the common record, and both facts stand.',
  caveatKind: 'interpretation'
},

{id: 'flow-ussr-prc-technical-documents-1950s', type: 'flow',
  summary: 'The USSR provides China with 24,000 sets of technical documents',
  flowKind: 'technology', start: '1950s', end: '1950s',
  giver: 'ussr', receiver: 'prc',
  amount: 24000, unit: 'sets of technical documents', qualifier: 'exact',
  section: 'divergence', note: 86,
  quote: 'provided 24,000 sets of technical documents.'
},

{id: 'flow-ussr-prc-students-1950s', type: 'flow',
  summary: 'Eleven thousand Chinese students study in the Soviet Union',
  flowKind: 'students', start: '1950s', end: '1950s',
  giver: 'ussr', receiver: 'prc',
  amount: 11000, unit: 'students', qualifier: 'exact',
  section: 'divergence', note: 87,
  quote: 'Eleven thousand Chinese students studied in the Soviet Union'
},

{id: 'flow-ussr-prc-specialists-trained-1950s', type: 'flow',
  summary: '10,000 Chinese specialists are trained in Soviet industries',
  flowKind: 'trainees', start: '1950s', end: '1950s',
  giver: 'ussr', receiver: 'prc',
  amount: 10000, unit: 'specialists trained', qualifier: 'exact',
  section: 'divergence', note: 87,
  quote: '10,000 Chinese specialists received training in Soviet industries.'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 88-90: the Great Leap Forward and the Sino-Soviet ideological rivalry
// ---------------------------------------------------------------------------------------------

{id: 'event-prc-great-leap-forward-1958', type: 'event',
  summary: 'China launches the Great Leap Forward, after which the Soviet and Chinese paths diverge, first ideologically and then politically',
  eventKind: 'campaign', start: '1958',
  tone: 'divergence',
  participants: ['prc', 'ccp'], mentions: ['ussr'], dyads: ['prc/ussr'],
  section: 'divergence',
  quote: 'particularly after the launching of the Great Leap Forward in China in 1958, the Soviet and Chinese paths started to diverge'
},

{id: 'event-prc-peoples-communes-1958', type: 'event',
  summary: 'The People\'s Commune Movement merges townships and cooperatives, a break with the Soviet model that the CCP claims brings communism closer',
  eventKind: 'campaign', start: '1958',
  tone: 'divergence',
  participants: ['prc', 'ccp'], mentions: ['ussr'], dyads: ['prc/ussr'],
  section: 'divergence',
  quote: 'the People\'s Commune Movement in China, which merged townships and cooperatives, was a major break from the bureaucratic Soviet model.',
  alsoNotes: [0],
  alsoQuotes: ['The Chinese Communist Party claimed that the communes realized the transition from "collective" to "people\'s" property'],
  caveat: 'The article does not date the communes; 1958 is from the common record and its Great Leap context.',
  caveatKind: 'period'
},

{id: 'event-mao-pupil-better-than-teacher-speech-1958', type: 'event',
  summary: 'Mao declares that the pupil should surpass the teacher and that Chinese communism may arrive ahead of schedule, claiming the lead over the USSR',
  eventKind: 'speech', start: '1958-05-18', place: 'Beijing',
  tone: 'divergence',
  participants: ['mao-zedong'], mentions: ['ussr', 'ccp'], dyads: ['prc/ussr'],
  section: 'divergence', note: 88,
  quote: '"We should be more intelligent," he wrote, "because the pupil should be better than the teacher.',
  alsoNotes: [88, 0],
  alsoQuotes: ['I feel our communism may arrive in advance of schedule.',
               'For Mao, this meant building communism ahead of the Soviet Union and assuming the leadership mantle of world communism.'],
  caveat: 'Note 88 gives no date; 18 May 1958 is the bibliography\'s date, which cites the speech from "Selected Works, Vol. 8" of Beijing\'s Foreign Language Press, 1978, though that press\'s Selected Works end with volume 5.',
  caveatKind: 'citation'
},

{id: 'dispute-prc-ussr-rivalry-building-communism', type: 'dispute',
  summary: 'Sino-Soviet competition over building socialism and communism becomes an internecine rivalry over the reading of the common Marxist scripture',
  topic: 'the right path to communism', severity: 'major', start: '1958', end: '1960s',
  parties: ['prc', 'ussr'],
  section: 'divergence', note: 89,
  quote: 'Sino-Soviet competition around building socialism and communism evolved into an internecine rivalry within the Communist world.',
  alsoNotes: [89],
  alsoQuotes: ['the reading or interpretation of the scripture created a wedge between the two Socialist giants.'],
  caveat: 'Undated in the article; the start is the Great Leap Forward (1958), after which the paths diverged. Note 89 itself holds only the analogy with the schisms of Christianity.',
  caveatKind: 'period'
},

{id: 'dispute-ccp-cpsu-revisionism', type: 'dispute',
  summary: 'The CCP accuses the CPSU of revisionism, a charge with a strong propaganda element that reveals real disagreements on how to build socialism',
  topic: 'revisionism', severity: 'major', start: '1960s', end: '1960s',
  parties: ['ccp', 'cpsu'],
  section: 'divergence',
  quote: 'The CCP\'s accusation of CPSU revisionism had a strong propaganda element, but it revealed fundamental disagreements on how to build socialism.',
  caveat: 'The article does not date the accusation; the 1960s are those of the open polemics.',
  caveatKind: 'period'
},

{id: 'dispute-ussr-prc-barracks-communism-social-imperialism', type: 'dispute',
  summary: 'Soviet officials call the Chinese model "barracks communism"; Chinese officials call the USSR a "threat", a "former" socialist country representing "social imperialism", increasingly an adversary',
  topic: 'mutual ideological labels', severity: 'severe', start: '1960s', end: '1960s',
  parties: ['ussr', 'prc'],
  section: 'divergence', note: 90,
  quote: 'Soviet officials referred to the Chinese model as "barracks communism" or military communism',
  alsoNotes: [90, 0],
  alsoQuotes: ['Chinese officials considered the Soviet Union a "threat" and referred to it as a "former" Socialist country which represented "social imperialism."',
               'From the Chinese perspective, the Soviet Union became the Other and, increasingly, an adversary.'],
  caveat: 'The article does not date the labels; they belong to the split of the 1960s ("social imperialism" to its later years).',
  caveatKind: 'period'
},

{id: 'relation-ussr-prc-divergence-1958', type: 'relation',
  summary: 'The Sino-Soviet honeymoon ends: after 1957, and especially from the Great Leap Forward, the two paths diverge ideologically and then politically',
  status: 'cool', start: '1958', end: '1959',
  parties: ['ussr', 'prc'],
  section: 'divergence',
  quote: 'the Soviet and Chinese paths started to diverge, first ideologically and then politically. The divergence was also institutional.',
  caveat: 'The article says "after 1957, and particularly after" 1958; the end is where it speaks of a deepening conflict (1960).',
  caveatKind: 'period'
},

{id: 'relation-ussr-prc-deepening-conflict-1960', type: 'relation',
  summary: 'By 1960 the Sino-Soviet conflict is deepening into an internecine rivalry',
  status: 'strained', start: '1960', end: '1960',
  parties: ['ussr', 'prc'],
  section: 'divergence', note: 92,
  quote: 'during the deepening Sino-Soviet conflict',
  alsoNotes: [89],
  alsoQuotes: ['Sino-Soviet competition around building socialism and communism evolved into an internecine rivalry within the Communist world.'],
  caveat: 'The article dates the deepening conflict by the grain aid of 1960 and gives no end; later years rest on the bitter dispute it sets in the 1960s.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 91-92: Sino-Soviet competition for North Korea
// ---------------------------------------------------------------------------------------------

{id: 'dispute-prc-ussr-competition-for-dprk-1958', type: 'dispute',
  summary: 'China and the Soviet Union compete to offer North Korea better terms, giving Kim leverage and more independence from both',
  topic: 'competition for North Korea\'s friendship', severity: 'minor', start: '1958', end: '1960',
  parties: ['prc', 'ussr'], mentions: ['dprk', 'kim-il-sung'], dyads: ['prc/ussr', 'dprk/prc', 'dprk/ussr'],
  section: 'divergence',
  quote: 'China and the Soviet Union competed to provide more favorable terms of trade to the DPRK.',
  alsoNotes: [0, 0],
  alsoQuotes: ['the conflict also presented an opportunity for Kim Il Sung to further his nationalistic agenda and gain more independence from the DPRK\'s allies',
               'the strategic status of the DPRK allowed it unprecedented leverage vis-à-vis its big neighbors.'],
  caveat: 'The article\'s examples run from 1958 (the interest-free loan) to 1960 (the grain aid); it gives no other bounds.',
  caveatKind: 'period'
},

{id: 'flow-prc-dprk-interest-free-loan-1958', type: 'flow',
  summary: 'China grants North Korea a large interest-free loan (three factories), noting that other socialist countries usually charge 2 percent',
  flowKind: 'loan', start: '1958',
  giver: 'prc', receiver: 'dprk', mentions: ['socialist-countries'],
  section: 'divergence', note: 91,
  quote: 'provided a large non-interest loan to North Korea in 1958, noting that other Socialist countries usually asked for 2 percent interest.',
  alsoNotes: [91],
  alsoQuotes: ['Documents on the Assistance to North Korea, Construction of Three Factories, May 5, 1958 to August 8, 1958']
},

{id: 'event-prc-ussr-cancel-dprk-loans', type: 'event',
  summary: 'China and the Soviet Union cancel almost all the loans they gave North Korea in the 1950s',
  eventKind: 'decision', start: '1954', end: '1960s',
  tone: 'integration',
  participants: ['prc', 'ussr', 'dprk'], dyads: ['dprk/prc', 'dprk/ussr'],
  section: 'divergence', note: 91,
  quote: 'both China and the Soviet Union cancelled almost all loans given to North Korea in the 1950s.',
  caveat: 'The note does not date the cancellations. They start no earlier than the aid of 1954-1961, whose loans the body says were mostly "pardoned", not in the war years; they may fall after the 1950s, and the next decade bounds them.',
  caveatKind: 'period'
},

{id: 'flow-prc-dprk-grain-aid-1960', type: 'flow',
  summary: 'Amid famine at home, China grants a North Korean request for 230,000 tons of grain as aid',
  flowKind: 'grain', start: '1960', end: '1960',
  giver: 'prc', receiver: 'dprk',
  amount: 230000, unit: 'tons', qualifier: 'exact',
  section: 'divergence', note: 92,
  quote: 'leadership\'s decision to fulfill a North Korean request to supply it with 230,000 tons of grain, as aid, in 1960—a time of famine',
  alsoNotes: [92],
  alsoQuotes: ['the high stakes of winning North Korea\'s friendship during the deepening Sino-Soviet conflict']
},

{id: 'dispute-dprk-ussr-soviet-model-1958', type: 'dispute',
  summary: 'North Korea criticizes Soviet influence, keeps its distance from the Soviet camp and departs from Soviet economic models',
  topic: 'Soviet influence and the Soviet model of socialism', start: '1958', end: '1961',
  parties: ['dprk', 'ussr'],
  section: 'divergence',
  quote: 'The North Korean government\'s critique of Soviet influence and its reservations about close ties with the Soviet camp',
  alsoNotes: [0],
  alsoQuotes: ['North Korea\'s divergence from the Soviet camp reflected China\'s deviation from the Soviet model of socialism.'],
  caveat: 'The article gives no dates; the period is that of its examples, from the Ch\'ŏllima movement (1958) to Kim\'s statement on factory management under the Tae\'an system (1961).',
  caveatKind: 'period'
}
] AS fact
MERGE (f:Fact {id: fact.id})
SET f:$({role: 'Role', treaty: 'Treaty', flow: 'Flow', dispute: 'Dispute', event: 'Event', relation: 'Relation'}[fact.type]),
    f += fact;
