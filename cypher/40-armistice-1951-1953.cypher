// Alliance Graph: facts from "NEGOTIATING THE ARMISTICE: TALKING WHILE FIGHTING" (notes 42-66).
// Each fact: one map in the list below, its id and type first, then its properties; the statement
// at the end MERGEs each fact on its id and gives it its type's label. Quotes are exact and at most
// 25 words; summaries are our own words. 90-derive.cypher turns the properties into links.
// The Armistice Agreement itself is 'treaty-korean-armistice-1953' (20-intro-and-birth.cypher).
// No new actors: every actor used here is in 10-actors.cypher.

UNWIND [

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, opening (no note): Kim's unification-by-force strategy
// ---------------------------------------------------------------------------------------------

{id: 'event-kim-unification-by-force-drags-allies-1950', type: 'event',
  summary: 'Kim Il Sung drives his government\'s strategy of unification by force and so drags the USSR and China into the war',
  eventKind: 'decision', start: '1950', end: '1950-10',
  tone: 'integration',
  participants: ['kim-il-sung'], mentions: ['ussr', 'prc'], dyads: ['dprk/ussr', 'dprk/prc'],
  section: 'armistice',
  quote: 'Kim Il Sung had been the driving force behind his government\'s unification-by-force strategy, thus dragging both the Soviet Union and China into the war.',
  caveat: 'The article gives no dates here; the period runs from the war\'s preparation in 1950 to China\'s entry in October 1950.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, note 42: Kim's letter of July 1951; agenda and demarcation line
// ---------------------------------------------------------------------------------------------

{id: 'event-kim-letter-stalin-talks-stalled-1951', type: 'event',
  summary: 'Kim writes Stalin that the talks are stalled on the agenda while the enemy inflicts colossal damage, asking for stronger air defense and help toward peace',
  eventKind: 'statement', start: '1951-07',
  tone: 'integration',
  participants: ['kim-il-sung', 'stalin'],
  section: 'armistice', note: 42,
  quote: 'After the Armistice talks started, Kim wrote Stalin in July 1951, complaining that the negotiations did not make headway on the agenda',
  alsoNotes: [42],
  alsoQuotes: ['Kim requested reinforcement of anti-air defenses and help to move the negotiations forward and achieve peace.']
},

{id: 'dispute-communists-unc-agenda-foreign-troops-1951', type: 'dispute',
  summary: 'The Sino-North Korean delegation insists on putting the withdrawal of all foreign troops from Korea on the agenda; the UN side opposes it',
  topic: 'Armistice agenda: withdrawal of foreign troops', severity: 'major', start: '1951-07', end: '1951-07-21',
  parties: ['kpa', 'cpva', 'unc'], dyads: ['dprk/unc', 'prc/unc'],
  section: 'armistice', note: 42,
  quote: 'inclusion of the issue of withdrawal of all foreign troops from Korea, on which the Sino–North Korean delegation insisted, while the UN side opposed it.'
},

{id: 'event-mao-stalin-drop-troop-withdrawal-agenda-1951', type: 'event',
  summary: 'After exchanges between Mao and Stalin on 20-21 July 1951, the Communist side drops foreign troop withdrawal from the agenda for the time being',
  eventKind: 'decision', start: '1951-07-20', end: '1951-07-21',
  tone: 'integration',
  participants: ['mao-zedong', 'stalin'], mentions: ['dprk', 'unc'],
  section: 'armistice', note: 42,
  quote: 'The Communist side dropped the issue from the agenda for the time being after exchanges between Mao and Stalin July 20–21.'
},

{id: 'dispute-communists-unc-demarcation-line-1951', type: 'dispute',
  summary: 'The next major disagreement at the talks: the Communist side wants the thirty-eighth parallel as demarcation line, the UN side the current front line',
  topic: 'Armistice demarcation line', severity: 'major', start: '1951-07', end: '1951-Q4',
  parties: ['kpa', 'cpva', 'unc'], dyads: ['dprk/unc', 'prc/unc'],
  section: 'armistice', note: 42,
  quote: 'The next major disagreement between the adversaries was the demarcation line: the Communist side insisted on the thirty-eighth parallel',
  caveat: 'The article dates neither bound; the dispute follows the agenda question (late July 1951) and ends with the agreement "by the end of 1951".',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, note 43: Mao's letter to Stalin, November 1951
// ---------------------------------------------------------------------------------------------

{id: 'event-mao-letter-stalin-ceasefire-prospects-1951', type: 'event',
  summary: 'Mao writes Stalin that a cease-fire may come this year but prepares for drawn-out talks, which he expects to last six months to a year more',
  eventKind: 'statement', start: '1951-11-14',
  tone: 'integration',
  participants: ['mao-zedong', 'stalin'],
  section: 'armistice', note: 43,
  quote: 'In November 1951, Mao wrote to Stalin that the Chinese may "achieve a cease-fire this year."',
  alsoNotes: [43, 43],
  alsoQuotes: ['"we are making necessary preparations in case the negotiations drag on and breakdown."', 'Mao reasoned that the negotiations would last for six more months to a year.']
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE (no note): the demarcation-line agreement of late 1951
// ---------------------------------------------------------------------------------------------

{id: 'treaty-demarcation-line-agreement-1951', type: 'treaty',
  summary: 'The adversaries agree on the demarcation line after the Communist side drops its opposition to using the current front line instead of the thirty-eighth parallel',
  name: 'Armistice talks agreement on the military demarcation line (1951)', signed: '1951-Q4', start: '1951-Q4', end: '1953-07-27',
  recordStart: '1951-11-27',
  obligations: [],
  terms: 'The current front line, not the thirty-eighth parallel, to serve as the demarcation line',
  parties: ['kpa', 'cpva', 'unc'], dyads: ['dprk/unc', 'prc/unc'],
  section: 'armistice',
  quote: 'the adversaries reached an agreement on issues like the demarcation line as a result of a decision by the Communist side to drop their opposition',
  caveat: 'The article says only "by the end of 1951" (27 November 1951 in the common record); the end is taken as the Armistice, which fixed the line.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE (no note; notes 55, 52): the POW repatriation dispute from 1952
// ---------------------------------------------------------------------------------------------

{id: 'dispute-prc-unc-pow-repatriation-1952', type: 'dispute',
  summary: 'From January 1952 the Chinese and UN sides disagree on the repatriation of Communist POWs, delaying the Armistice by almost a year and a half',
  topic: 'repatriation of prisoners of war', severity: 'major', start: '1952-01', end: '1953-07-27',
  parties: ['prc', 'unc'], mentions: ['dprk', 'usa'],
  section: 'armistice',
  quote: 'disagreements between the Chinese and the UN sides on the repatriation of Communist POWs delayed the conclusion of the Armistice',
  alsoNotes: [55],
  alsoQuotes: ['The dispute about the repatriation of prisoners remained the main stumbling block between the adversaries in 1952.'],
  caveat: 'The article gives the delay as "almost a year and a half" from January 1952; the end is taken as the Armistice.',
  caveatKind: 'period'
},

{id: 'dispute-dprk-ussr-pow-position-1952', type: 'dispute',
  summary: 'Moscow backs the Chinese stand on the POWs at the expense of the North Koreans, who want the war ended',
  topic: 'repatriation of prisoners of war and ending the war', severity: 'major', start: '1952-01', end: '1953-03',
  parties: ['dprk', 'ussr'], mentions: ['prc'],
  section: 'armistice',
  quote: 'Moscow backed the Chinese position at the expense of the Koreans.',
  alsoNotes: [52],
  alsoQuotes: ['But we have to explain to them that this matter is larger.'],
  caveat: 'The article gives no bounds; the period runs from the POW dispute (January 1952) to the new Soviet line after Stalin\'s death (March 1953).',
  caveatKind: 'period'
},

{id: 'dispute-dprk-prc-pow-repatriation-1952', type: 'dispute',
  summary: 'The North Koreans, wanting a quick peace, are ready to accept the American POW proposal that the Chinese reject; Zhou admits the disagreement to Stalin',
  topic: 'repatriation of prisoners of war', severity: 'major', start: '1952-01', end: '1953-03',
  parties: ['dprk', 'prc'], mentions: ['usa'],
  section: 'armistice', note: 50,
  quote: 'He acknowledged the existence of Sino-North Korean disagreement on the issue.',
  alsoNotes: [50],
  alsoQuotes: ['Zhou informed Stalin that the North Koreans wanted to achieve peace quickly, given the destruction of the country.'],
  caveat: 'The article attests the disagreement in August 1952; the period runs from the start of the POW dispute (January 1952) to Kim\'s call of March 1953 to stop haggling over numbers.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, notes 44-45: Razuvaev's report and Kim to Mao, February 1952
// ---------------------------------------------------------------------------------------------

{id: 'role-razuvaev-ambassador-dprk', type: 'role',
  summary: 'V. N. Razuvaev is the Soviet ambassador in the DPRK',
  office: 'Soviet ambassador to the DPRK', start: '1952-02', end: '1952-02',
  recordStart: '1950-Q4', recordEnd: '1953',
  holder: 'razuvaev', organization: 'ussr', host: 'dprk',
  section: 'armistice', note: 44,
  quote: 'Soviet ambassador in the DPRK, V. N. Razuvaev, reported in February 1952',
  caveat: 'The article attests the office only in February 1952 (Razuvaev was ambassador from late 1950 to 1953 in the common record); note 44 misspells him "Ruzavaev".',
  caveatKind: 'period'
},

{id: 'event-razuvaev-report-kim-no-benefit-in-talks-1952', type: 'event',
  summary: 'Ambassador Razuvaev reports that Kim sees no benefit in prolonging the talks because the American air force is causing horrendous losses',
  eventKind: 'statement', start: '1952-02',
  tone: 'divergence',
  participants: ['razuvaev', 'kim-il-sung'], mentions: ['usa'],
  claimant: 'Razuvaev', certainty: 'reported',
  section: 'armistice', note: 44,
  quote: '"Kim Il Sung does not see any benefit in prolonging the negotiations because the American Air Force is causing horrendous losses',
  caveat: 'Note 44 spells the ambassador "Ruzavaev" and the archive "ARPF" (no standard abbreviation: APRF, or AVPRF given fond 0102x), and cites a work report "for the first season of 1952" (first quarter) for the body\'s February 1952.',
  caveatKind: 'spelling'
},

{id: 'event-kim-tells-mao-no-desire-continue-war-1952', type: 'event',
  summary: 'Kim bluntly tells Mao that he has no desire to continue the war',
  eventKind: 'statement', start: '1952-02',
  tone: 'divergence',
  participants: ['kim-il-sung', 'mao-zedong'],
  section: 'armistice', note: 45,
  quote: 'the North Korean leader blatantly told Mao that he had "no desire to continue the war."'
},

{id: 'dispute-dprk-prc-continuation-of-war-1952', type: 'dispute',
  summary: 'Kim wants the war ended while Mao hardens his negotiating position in 1952',
  topic: 'continuing the war or ending it', severity: 'major', start: '1952-02', end: '1952-08',
  parties: ['kim-il-sung', 'mao-zedong'],
  section: 'armistice', note: 45,
  quote: 'the North Korean leader blatantly told Mao that he had "no desire to continue the war."',
  alsoNotes: [0],
  alsoQuotes: ['At the same time, Mao hardened his position somewhat in the 1952 negotiations.'],
  caveat: 'The period runs from Kim\'s statement of February 1952 to Zhou\'s talks in Moscow of August 1952; the article gives no end.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, notes 46-48: Mao's letter to Kim of July 1952 and Kim's reply
// ---------------------------------------------------------------------------------------------

{id: 'event-mao-letter-kim-reject-enemy-proposal-1952', type: 'event',
  summary: 'Mao writes Kim that accepting the enemy\'s proposal under massive bombardment would be disadvantageous; rejecting it costs only further losses',
  eventKind: 'statement', start: '1952-07',
  tone: 'divergence',
  participants: ['mao-zedong', 'kim-il-sung'], mentions: ['unc'],
  section: 'armistice', note: 46,
  quote: 'Rejecting the enemy\'s proposal would cause only one harm—continued losses for the Korean people and Chinese people\'s volunteers.',
  alsoNotes: [0],
  alsoQuotes: ['In July, he wrote to Kim Il Sung that it would be disadvantageous to accept'],
  caveat: 'The body dates the letter only "In July"; 18 July 1952 is the date of the encryption that note 46 cites, the telegram that forwards it, so the month is kept.',
  caveatKind: 'date'
},

{id: 'event-mao-letter-kim-benefits-of-war-1952', type: 'event',
  summary: 'In the same letter Mao lists the war\'s gains: Korea defends the peace camp and Northeast China, US imperialism is pinned down, the USSR can develop, the armies gain experience',
  eventKind: 'statement', start: '1952-07',
  tone: 'integration',
  participants: ['mao-zedong', 'kim-il-sung'], mentions: ['ussr', 'usa'],
  section: 'armistice', note: 47,
  quote: 'Mao also remarked that the Korean people "stood on the frontline of defending the peace camp in the world,"',
  alsoNotes: [47, 47],
  alsoQuotes: ['While the American imperialism was "pinned down and suffers endless losses in the East,"', 'the Soviet Union—"the stronghold of world peace"—could enhance its own development'],
  caveat: 'The body dates the letter only "In July"; 18 July 1952 is the date of the encryption that note 46 cites, the telegram that forwards it, so the month is kept.',
  caveatKind: 'date'
},

{id: 'event-kim-reply-mao-assistance-active-operations-1952', type: 'event',
  summary: 'Kim replies to Mao raising aid to North Korea and the need for stronger military operations',
  eventKind: 'statement', start: '1952-07',
  tone: 'divergence',
  participants: ['kim-il-sung', 'mao-zedong'],
  section: 'armistice', note: 48,
  quote: 'In his response, Kim Il Sung raised the issue of assistance to North Korea and the need to enforce military operations'
},

{id: 'dispute-dprk-prc-passive-defense-1952', type: 'dispute',
  summary: 'Kim rejects a passive defense that only invites more bombing: the Communists should either end the war or fight more actively',
  topic: 'military strategy: passive defense', severity: 'major', start: '1952-07',
  parties: ['kim-il-sung', 'mao-zedong'],
  section: 'armistice', note: 48,
  quote: 'if it "continue[s] a passive defense the enemy would not take our forces seriously and would continue severe bombardments',
  alsoNotes: [0],
  alsoQuotes: ['Kim apparently felt that the passive approach was only causing enormous losses']
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, notes 49-53 (and 38): Stalin and Zhou Enlai in Moscow, August 1952
// ---------------------------------------------------------------------------------------------

{id: 'event-stalin-zhou-moscow-talks-1952', type: 'event',
  summary: 'Zhou Enlai meets Stalin in Moscow and discusses the POW question, the North Korean position and the conduct of the war',
  eventKind: 'meeting', start: '1952-08-20', place: 'Moscow',
  tone: 'integration',
  participants: ['stalin', 'zhou-enlai'], mentions: ['dprk'],
  section: 'armistice', note: 49,
  quote: 'In his meeting with Stalin in August 1952, First Premier of the PRC, Zhou Enlai',
  alsoNotes: [38],
  alsoQuotes: ['During a meeting in Moscow on August 20, 1952, Zhou informed Stalin'],
  caveat: 'The body says only August 1952; the day is from note 38, which cites the same minutes (APRF, fond 3, opis 1, delo 329) as notes 49-53.',
  caveatKind: 'date'
},

{id: 'role-zhou-enlai-premier-prc', type: 'role',
  summary: 'Zhou Enlai is the Premier of the PRC',
  office: 'First Premier of the PRC', start: '1952-08', end: '1952-08',
  recordStart: '1949', recordEnd: '1976',
  holder: 'zhou-enlai', organization: 'prc', host: 'prc',
  section: 'armistice', note: 49,
  quote: 'First Premier of the PRC, Zhou Enlai',
  caveat: 'The article attests the office only in August 1952 (premier from 1949 to 1976 in the common record); "First Premier" is the article\'s title for it.',
  caveatKind: 'period'
},

{id: 'dispute-prc-usa-pow-wedge-tricky-game-1952', type: 'dispute',
  summary: 'Zhou accuses the Americans of a "tricky game" over the POWs meant to drive a wedge between the North Koreans and the Chinese',
  topic: 'repatriation of prisoners of war', severity: 'major', start: '1952-08',
  parties: ['zhou-enlai', 'usa'], mentions: ['dprk', 'stalin'],
  section: 'armistice', note: 49,
  quote: 'accused the Americans of playing a "tricky game" in order to create a wedge between the North Koreans and the Chinese on the POW issue.'
},

{id: 'event-us-proposal-return-83000-pows-1952', type: 'event',
  summary: 'The Americans propose to return 83,000 POWs: 76,600 North Koreans and 6,400 Chinese',
  eventKind: 'statement', start: '1952-07', end: '1952-08',
  tone: 'neutral',
  participants: ['usa'], mentions: ['unc'], dyads: ['dprk/usa', 'prc/usa'],
  amount: 83000, unit: 'prisoners of war to be repatriated', qualifier: 'exact',
  aggregateOf: ['event-us-proposal-return-76600-north-korean-pows-1952', 'event-us-proposal-return-6400-chinese-pows-1952'],
  section: 'armistice', note: 50,
  quote: 'The Americans proposed to return 83,000 POWs—76,600 North Koreans and 6,400 Chinese.',
  caveat: 'The article gives no date for the proposal, known from Zhou\'s report of August 1952; July 1952 is the date of the UNC\'s figure in the common record.',
  caveatKind: 'period'
},

{id: 'event-us-proposal-return-76600-north-korean-pows-1952', type: 'event',
  summary: 'Part of the American proposal: 76,600 North Korean POWs to be returned',
  eventKind: 'statement', start: '1952-07', end: '1952-08',
  tone: 'neutral',
  participants: ['usa'], mentions: ['unc'], dyads: ['dprk/usa'],
  amount: 76600, unit: 'prisoners of war to be repatriated', qualifier: 'exact',
  section: 'armistice', note: 50,
  quote: 'The Americans proposed to return 83,000 POWs—76,600 North Koreans and 6,400 Chinese.',
  caveat: 'Dated as the proposal it belongs to (July 1952 from the common record).',
  caveatKind: 'period'
},

{id: 'event-us-proposal-return-6400-chinese-pows-1952', type: 'event',
  summary: 'Part of the American proposal: 6,400 Chinese POWs to be returned',
  eventKind: 'statement', start: '1952-07', end: '1952-08',
  tone: 'neutral',
  participants: ['usa'], mentions: ['unc'], dyads: ['prc/usa'],
  amount: 6400, unit: 'prisoners of war to be repatriated', qualifier: 'exact',
  section: 'armistice', note: 50,
  quote: 'The Americans proposed to return 83,000 POWs—76,600 North Koreans and 6,400 Chinese.',
  caveat: 'Dated as the proposal it belongs to (July 1952 from the common record).',
  caveatKind: 'period'
},

{id: 'event-dprk-ready-to-accept-us-pow-proposal-1952', type: 'event',
  summary: 'The North Korean leadership is ready to accept the American proposal although it would leave 19,400 of their POWs unrepatriated',
  eventKind: 'decision', start: '1952-08',
  tone: 'divergence',
  participants: ['dprk'], mentions: ['usa', 'prc'], dyads: ['dprk/usa', 'dprk/prc'],
  amount: 19400, unit: 'North Korean prisoners of war not repatriated', qualifier: 'exact',
  section: 'armistice', note: 50,
  quote: 'The North Korean leadership was ready to agree to the American proposal, even though the repatriated prisoners would be 19,400 fewer',
  caveat: '96,600 held less 76,600 returned is 20,000, not 19,400; the article\'s 19,400 (and its total of 116,000 below) fit 96,000 North Korean POWs, so "96,600" is probably a slip.',
  caveatKind: 'arithmetic'
},

{id: 'event-unc-holds-96600-north-korean-pows-1952', type: 'event',
  summary: 'As reported to Stalin, the UNC holds 96,600 North Korean POWs',
  eventKind: 'statement', start: '1952-08',
  tone: 'neutral',
  participants: ['zhou-enlai'], mentions: ['unc', 'stalin'], dyads: ['dprk/unc'],
  amount: 96600, unit: 'North Korean prisoners of war held', qualifier: 'exact',
  section: 'armistice', note: 50,
  quote: 'than the total number (96,600) of the North Korean POWs held by the UNC.',
  caveat: 'Inconsistent with the article\'s other figures: 96,600 - 76,600 = 20,000 (not the stated 19,400) and 96,600 + 20,000 Chinese = 116,600 (not the stated 116,000); 96,000 would fit both.',
  caveatKind: 'arithmetic'
},

{id: 'event-unc-holds-20000-chinese-pows-1952', type: 'event',
  summary: 'As reported to Stalin, the POWs held by the UN side include 20,000 Chinese',
  eventKind: 'statement', start: '1952-08',
  tone: 'neutral',
  participants: ['zhou-enlai'], mentions: ['unc', 'stalin'], dyads: ['prc/unc'],
  amount: 20000, unit: 'Chinese prisoners of war held', qualifier: 'exact',
  section: 'armistice', note: 51,
  quote: 'all 116,000 POWs, including 20,000 Chinese."'
},

{id: 'dispute-prc-unc-repatriation-all-116000-pows-1952', type: 'dispute',
  summary: 'Zhou tells Stalin China firmly demands the repatriation of all 116,000 POWs, including 20,000 Chinese, and would accept fewer only if talks on the rest continue',
  topic: 'repatriation of prisoners of war', severity: 'major', start: '1952-08',
  parties: ['prc', 'unc'], mentions: ['zhou-enlai', 'stalin', 'usa'],
  amount: 116000, unit: 'prisoners of war to be repatriated', qualifier: 'exact',
  aggregateOf: ['event-unc-holds-96600-north-korean-pows-1952', 'event-unc-holds-20000-chinese-pows-1952'],
  section: 'armistice', note: 51,
  quote: 'The Chinese premier explained to Stalin the Chinese government\'s firm position for the "repatriation of all 116,000 POWs',
  alsoNotes: [52],
  alsoQuotes: ['If the Americans agreed to return less POWs the Chinese would consent only if negotiations for the rest would continue.'],
  caveat: 'Its parts do not add up: 96,600 North Koreans + 20,000 Chinese = 116,600, not 116,000 (96,000 North Koreans would fit).',
  caveatKind: 'arithmetic'
},

{id: 'event-stalin-backs-chinese-pow-stand-1952', type: 'event',
  summary: 'Stalin backs the Chinese stand: Mao is right, the war spills American blood and the North Koreans must be told that the matter is larger',
  eventKind: 'statement', start: '1952-08',
  tone: 'integration',
  participants: ['stalin', 'zhou-enlai'], mentions: ['mao-zedong', 'dprk', 'usa'],
  section: 'armistice', note: 52,
  quote: 'Mao Zedong is right. This war spills American blood. The North Koreans lose nothing, except for the victims in the war.',
  alsoNotes: [52],
  alsoQuotes: ['There must be self-possession and patience.']
},

{id: 'event-soviet-forces-remain-in-china-1952', type: 'event',
  summary: 'It becomes clear that Soviet forces will remain in China, which Stalin says makes the war costlier for the Americans',
  eventKind: 'decision', start: '1952', end: '1952-08',
  tone: 'integration',
  participants: ['soviet-army', 'prc'], mentions: ['stalin', 'usa'],
  section: 'armistice', note: 52,
  quote: 'especially after it became clear that our forces will remain in China.',
  caveat: 'The article gives neither date nor place; the remark probably refers to the Soviet forces at Port Arthur, whose stay was extended in September 1952 (common record).',
  caveatKind: 'interpretation'
},

{id: 'event-stalin-china-vanguard-blocks-world-war-1952', type: 'event',
  summary: 'Stalin praises China\'s vanguard role in containing the Americans in Korea, which he claims delays a world war by fifteen to twenty years',
  eventKind: 'statement', start: '1952-08',
  tone: 'integration',
  participants: ['stalin', 'zhou-enlai'], mentions: ['usa'],
  section: 'armistice', note: 53,
  quote: 'Stalin praised China\'s "vanguard role in this war," by containing the American advance in Korea',
  alsoNotes: [53, 53],
  alsoQuotes: ['which he claimed would block the start of a world war by fifteen to twenty years.', 'they "cannot deal with small Korea already for two years."']
},

{id: 'event-stalin-taiwan-remark-1952', type: 'event',
  summary: 'Stalin tells Zhou that unless the Americans lose this war China will never get Taiwan',
  eventKind: 'statement', start: '1952-08',
  tone: 'integration',
  participants: ['stalin', 'zhou-enlai'], mentions: ['roc', 'usa'],
  section: 'armistice', note: 53,
  quote: '"the Chinese comrades must know that if the Americans did not lose this war, the Chinese would never get Taiwan."'
},

{id: 'event-zhou-war-two-to-three-more-years-1952', type: 'event',
  summary: 'Zhou states China\'s readiness to drag out the P\'anmunjŏm talks: the war could go on two or three more years',
  eventKind: 'statement', start: '1952-08',
  tone: 'integration',
  participants: ['zhou-enlai', 'stalin'], mentions: ['unc'],
  section: 'armistice', note: 53,
  quote: 'Zhou expressed the Chinese position to extend the negotiations in P\'anmunjŏm, noting that "the war could continue for two to three more years."'
},

{id: 'event-communists-hold-12000-pows-1952', type: 'event',
  summary: 'The Sino-North Korean side holds 12,000 POWs, 7,400 of them South Koreans',
  eventKind: 'statement', start: '1952-08',
  tone: 'neutral',
  participants: ['kpa', 'cpva'], mentions: ['unc', 'rok'], dyads: ['dprk/unc', 'prc/unc'],
  amount: 12000, unit: 'prisoners of war held', qualifier: 'exact',
  aggregateOf: ['event-communists-hold-7400-south-korean-pows-1952'],
  section: 'armistice', note: 53,
  quote: 'The Sino–North Korean side held 12,000 POWs of whom 7,400 were South Koreans.',
  caveat: 'The breakdown is partial: the other 4,600 (UN and American soldiers) are not itemized; dated by the Stalin-Zhou talks.',
  caveatKind: 'arithmetic'
},

{id: 'event-communists-hold-7400-south-korean-pows-1952', type: 'event',
  summary: 'Of the POWs held by the Sino-North Korean side, 7,400 are South Koreans',
  eventKind: 'statement', start: '1952-08',
  tone: 'neutral',
  participants: ['kpa', 'cpva'], mentions: ['rok'], dyads: ['dprk/rok', 'prc/rok'],
  amount: 7400, unit: 'South Korean prisoners of war held', qualifier: 'exact',
  section: 'armistice', note: 53,
  quote: 'The Sino–North Korean side held 12,000 POWs of whom 7,400 were South Koreans.'
},

{id: 'event-stalin-zhou-pow-negotiating-options-1952', type: 'event',
  summary: 'Stalin and Zhou settle three options: hold back the same share of South Korean and American POWs, then third-country mediation, then an Armistice with the POW issue negotiated later',
  eventKind: 'decision', start: '1952-08',
  tone: 'integration',
  participants: ['stalin', 'zhou-enlai'], mentions: ['dprk', 'usa', 'rok'],
  section: 'armistice', note: 53,
  quote: 'Stalin suggested that if the Americans did not release a certain percent of POWs, then the Chinese and North Koreans could hold the same percentage',
  alsoNotes: [53],
  alsoQuotes: ['The Communists would then propose mediation by third countries as a second option and sign an Armistice']
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, notes 54-56: Li Kenong; the eight suggestions; the CPVA buildup
// ---------------------------------------------------------------------------------------------

{id: 'role-li-kenong-chief-negotiator', type: 'role',
  summary: 'Li Kenong is the chief Chinese negotiator at the P\'anmunjŏm talks',
  office: 'chief Chinese negotiator at the Armistice talks', start: '1952', end: '1952',
  recordStart: '1951-07', recordEnd: '1953',
  holder: 'li-kenong', organization: 'prc',
  section: 'armistice', note: 54,
  quote: 'Li Kenong, the chief Chinese negotiator at the talks in P\'anmunjŏm',
  caveat: 'The article dates the office only by its 1952 context (in the common record Li led the Chinese team from July 1951 to 1953).',
  caveatKind: 'period'
},

{id: 'event-li-kenong-prolonged-struggle-1952', type: 'event',
  summary: 'Li Kenong judges that only world opinion and readiness for a prolonged struggle can force American concessions',
  eventKind: 'statement', start: '1952',
  tone: 'divergence',
  participants: ['li-kenong'], mentions: ['usa'], dyads: ['prc/usa'],
  section: 'armistice', note: 54,
  quote: 'without mobilizing international opinion and preparing for prolonged struggle, the Sino-North Korean side could not force the Americans to make concessions.',
  caveat: 'Undated in the article beyond its 1952 context.',
  caveatKind: 'period'
},

{id: 'event-mao-instructs-li-kenong-firm-stand-1952', type: 'event',
  summary: 'Mao instructs Li Kenong to hold a firm, persevering stand and to maneuver with the enemy for a few more months',
  eventKind: 'decision', start: '1952',
  tone: 'divergence',
  participants: ['mao-zedong', 'li-kenong'], mentions: ['unc'], dyads: ['prc/unc'],
  section: 'armistice', note: 54,
  quote: '"You must make a firm and persevering stand. Only such a stand can win initiative for you and force the enemy to back down.',
  caveat: 'Undated in the article beyond its 1952 context.',
  caveatKind: 'period'
},

{id: 'event-prc-eight-suggestions-pows-1952', type: 'event',
  summary: 'China\'s eight suggestions on the POWs: it will obey the Geneva conventions but wants prisoners released to four neutral countries, with unwilling Chinese POWs negotiated with them',
  eventKind: 'statement', start: '1952-11-04',
  tone: 'neutral',
  participants: ['prc'], mentions: ['unc'], dyads: ['prc/unc'],
  amount: 4, unit: 'neutral supervising countries', qualifier: 'exact',
  section: 'armistice', note: 55,
  quote: 'While the People\'s Republic of China agreed to obey the Geneva conventions on the treatment and repatriation of POWs, it insisted on their release',
  alsoNotes: [55],
  alsoQuotes: ['The repatriations would be supervised by four neutral countries.']
},

{id: 'event-cpva-buildup-1953-offensive', type: 'event',
  summary: 'The CPVA begins a military buildup in Korea for a major offensive in 1953, a sign of China\'s readiness to fight on',
  eventKind: 'operation', start: '1952', end: '1953-07',
  tone: 'divergence',
  participants: ['cpva'], mentions: ['unc'], dyads: ['prc/unc'],
  section: 'armistice', note: 56,
  quote: 'the CPVA began a military buildup in Korea in preparation for a major offensive in 1953.',
  alsoNotes: [56, 65],
  alsoQuotes: ['the firm stance of the Chinese indicated their readiness to continue to fight.', 'In fact, the Chinese had been preparing an offensive for some time in 1953, as mentioned earlier.'],
  caveat: 'The article dates the start only by its 1952 context and the offensive to 1953; the end is the July 1953 offensive.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, notes 57-58: China's domestic campaigns; Torkunov on China's costs
// ---------------------------------------------------------------------------------------------

{id: 'event-prc-resist-america-assist-korea-campaign', type: 'event',
  summary: 'Once in the war, the CCP uses it to consolidate power through the Great Movement to Resist America and Assist Korea, with the suppression of counter-revolutionaries and land reform',
  eventKind: 'campaign', start: '1950-10', end: '1953-07',
  tone: 'divergence',
  participants: ['ccp'], mentions: ['usa', 'dprk'], dyads: ['prc/usa'],
  section: 'armistice', note: 57,
  quote: 'The Great Movement to Resist America and Assist Korea was accompanied by the movement to suppress counter-revolutionaries, land reform, and the Three Anti',
  alsoNotes: [57, 57],
  alsoQuotes: ['it became a propaganda vehicle for consolidating the power of the Communist Party in China.', 'the Chinese involvement in the war marked the emergence of China in the global political arena—a resurgence of the "Central Kingdom."'],
  caveat: 'The article gives no dates; the period is China\'s part in the war (October 1950 to July 1953).',
  caveatKind: 'period'
},

{id: 'event-prc-three-anti-five-anti-campaigns', type: 'event',
  summary: 'The wartime Three Anti (party purification) and Five Anti (class struggle) campaigns, whose mass mobilizations prepare the later anti-rightist campaign and Great Leap Forward',
  eventKind: 'campaign', start: '1951', end: '1952',
  tone: 'neutral',
  participants: ['ccp'],
  section: 'armistice', note: 57,
  quote: 'the Three Anti (party purification) and Five Anti (class struggle) campaigns.',
  alsoNotes: [57],
  alsoQuotes: ['Wartime mass mobilizations set the stage for key movements in the 1950s, including the anti-rightist campaign and the Great Leap Forward.'],
  caveat: 'The article gives no dates; 1951-1952 is from the common record.',
  caveatKind: 'common-record'
},

{id: 'dispute-prc-usa-isolation-taiwan-korean-war', type: 'dispute',
  summary: 'According to Torkunov, the war leaves China isolated and ringed by American bases, with Taiwan an "unsinkable aircraft carrier" aimed at the PRC',
  topic: 'American bases and Taiwan', severity: 'major', start: '1950-10', end: '1953-07-27',
  parties: ['prc', 'usa'], mentions: ['roc'],
  claimant: 'A. V. Torkunov', certainty: 'reported',
  section: 'armistice', note: 58,
  quote: 'China was isolated and surrounded by American military bases as a result of the war; Taiwan became an "unsinkable aircraft carrier" pointed at the PRC.',
  caveat: 'The period is China\'s part in the war; the article treats the isolation as its result, lasting beyond it.',
  caveatKind: 'period'
},

{id: 'dispute-prc-ussr-younger-brother-korean-war', type: 'dispute',
  summary: 'According to Torkunov, China has to rely on the USSR and accept the role of "younger brother" in the war, which feeds the later Sino-Soviet split',
  topic: 'unequal partnership', severity: 'minor', start: '1950-10', end: '1953-07-27',
  parties: ['prc', 'ussr'],
  claimant: 'A. V. Torkunov', certainty: 'reported',
  section: 'armistice', note: 58,
  quote: 'The PRC had to rely on the Soviet Union and accept the role of "younger brother" during the war, which contributed to the Sino-Soviet split.',
  caveat: 'The period is China\'s part in the war (October 1950 to July 1953).',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, note 59: Stalin's cable to Gottwald (1950); bloc armies (1951-1953)
// ---------------------------------------------------------------------------------------------

{id: 'event-stalin-prods-americans-into-korea-1950', type: 'event',
  summary: 'Stalin approves the North Korean attack without ruling out American intervention, and may even have prodded the Americans into the conflict',
  eventKind: 'decision', start: '1950', end: '1950-08-27',
  tone: 'divergence',
  participants: ['stalin', 'usa'], mentions: ['dprk'],
  certainty: 'speculated',
  section: 'armistice', note: 59,
  quote: 'What is more, the Soviet leader may have even prodded the Americans into the conflict.',
  alsoNotes: [59],
  alsoQuotes: ['Although Stalin approved North Korea\'s attack on South Korea, he seemed not to have ruled out American military involvement.'],
  caveat: 'Undated in the article; the period runs to Stalin\'s cable of 27 August 1950, its evidence.',
  caveatKind: 'period'
},

{id: 'event-stalin-cable-gottwald-1950', type: 'event',
  summary: 'Stalin cables Gottwald that the USSR deliberately stayed away from the UN vote, to entangle the Americans in Korea, with China to come to the rescue',
  eventKind: 'statement', start: '1950-08-27',
  tone: 'integration',
  participants: ['stalin', 'gottwald'], mentions: ['un', 'usa', 'prc', 'dprk'],
  section: 'armistice', note: 59,
  quote: 'cable to the Czechoslovak president Klement Gottwald on August 27, 1950, Stalin revealed that the USSR deliberately abstained from the critical United Nations vote',
  alsoNotes: [59, 59],
  alsoQuotes: ['The Soviet aim was to get the Americans “entangled in the military intervention in Korea.”', '“America, as any other state, cannot cope with China having at its disposal large armed forces.”']
},

{id: 'role-gottwald-president-czechoslovakia', type: 'role',
  summary: 'Klement Gottwald is the president of Czechoslovakia',
  office: 'President of Czechoslovakia', start: '1950-08-27', end: '1950-08-27',
  recordStart: '1948', recordEnd: '1953-03',
  holder: 'gottwald', organization: 'czechoslovakia', host: 'czechoslovakia',
  section: 'armistice', note: 59,
  quote: 'the Czechoslovak president Klement Gottwald',
  caveat: 'The article attests the office only on 27 August 1950 (president from 1948 to March 1953 in the common record).',
  caveatKind: 'period'
},

{id: 'event-ussr-abstains-un-vote-korea-1950', type: 'event',
  summary: 'By Stalin\'s account the USSR deliberately abstains from the UN vote that brands North Korea an aggressor',
  eventKind: 'refusal', start: '1950-06',
  tone: 'divergence',
  participants: ['ussr', 'un'], mentions: ['dprk', 'usa'],
  claimant: 'Stalin', certainty: 'reported',
  section: 'armistice', note: 59,
  quote: 'the USSR deliberately abstained from the critical United Nations vote that declared North Korea as an aggressor state.',
  caveat: 'The article does not date the vote; in the common record the Soviets were boycotting the Security Council when it adopted the resolutions of 25 and 27 June 1950, which called the attack a "breach of the peace".',
  caveatKind: 'common-record'
},

{id: 'event-stalin-orders-east-european-army-buildup-1951', type: 'event',
  summary: 'At a conference in January 1951 Stalin instructs East European leaders to raise their armies to three million soldiers',
  eventKind: 'meeting', start: '1951-01',
  tone: 'integration',
  participants: ['stalin', 'east-european-countries'],
  amount: 3000000, unit: 'soldiers (target strength)', qualifier: 'exact',
  section: 'armistice', note: 59,
  quote: 'Stalin instructed East European leaders to significantly increase their armies to reach three million soldiers, including 1.2 million soldiers in combat-ready condition.'
},

{id: 'event-east-european-combat-ready-target-1951', type: 'event',
  summary: 'Of the three million East European soldiers Stalin demands, 1.2 million are to be combat-ready',
  eventKind: 'decision', start: '1951-01',
  tone: 'integration',
  participants: ['stalin', 'east-european-countries'],
  amount: 1200000, unit: 'combat-ready soldiers (target)', qualifier: 'exact',
  section: 'armistice', note: 59,
  quote: 'including 1.2 million soldiers in combat-ready condition.'
},

{id: 'event-soviet-postwar-demobilization-1945-1948', type: 'event',
  summary: 'Soviet armed forces fall from 12 million at the end of World War II to 2.8 million soldiers in 1948',
  eventKind: 'force-strength', start: '1945', end: '1948',
  tone: 'neutral',
  participants: ['soviet-army'],
  amount: 2800000, unit: 'soldiers (strength in 1948, down from 12 million in 1945)', qualifier: 'exact',
  section: 'armistice', note: 59,
  quote: 'from 2.8 million soldiers in 1948 (down from 12 million at the end of World War II)'
},

{id: 'event-soviet-armed-forces-doubling-1948-1953', type: 'event',
  summary: 'The USSR doubles its armed forces from 2.8 million soldiers in 1948 to 5.6 million by Stalin\'s death in March 1953',
  eventKind: 'force-strength', start: '1948', end: '1953-03',
  tone: 'neutral',
  participants: ['soviet-army'],
  amount: 5600000, unit: 'soldiers (strength in March 1953)', qualifier: 'exact',
  section: 'armistice', note: 59,
  quote: 'The Soviet Union doubled its armed forces from 2.8 million soldiers in 1948',
  alsoNotes: [59],
  alsoQuotes: ['to 5.6 million soldiers by Stalin\'s death in March 1953.']
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, note 60: Stalin to Mao on not rushing to end the war
// ---------------------------------------------------------------------------------------------

{id: 'event-stalin-letter-mao-no-rush-end-war-1951', type: 'event',
  summary: 'Stalin writes Mao that they should not rush to end the war: it schools the Chinese in modern warfare and weakens Truman and Anglo-American prestige',
  eventKind: 'statement', start: '1951-06', end: '1951-07-05',
  recordStart: '1951-06-05', recordEnd: '1951-06-05',
  tone: 'integration',
  participants: ['stalin', 'mao-zedong'], mentions: ['truman', 'usa', 'united-kingdom'],
  section: 'armistice', note: 60,
  quote: '"I share your opinion that we should not rush to end the Korean War, because, first, protracted military operations will allow the Chinese forces',
  alsoNotes: [60],
  alsoQuotes: ['Stalin believed that a prolonged war tied down American power and undermined America\'s position at home and abroad.'],
  caveat: 'The body dates the letter to June 1951, note 60 to July 5, 1951; Ciphered Telegram No. 3410 is dated 5 June 1951 in the common record (CWIHP), so "July" is probably a slip.',
  caveatKind: 'date'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE (no note; notes 59, 61): Stalin's death and the Armistice's timing
// ---------------------------------------------------------------------------------------------

{id: 'role-stalin-soviet-leader', type: 'role',
  summary: 'Stalin leads the Soviet Union until his death in March 1953',
  office: 'Leader of the Soviet Union', start: '..', end: '1953-03',
  recordEnd: '1953-03-05',
  holder: 'stalin', organization: 'ussr',
  section: 'armistice',
  quote: 'If Stalin had not died in March 1953',
  alsoNotes: [59, 61],
  alsoQuotes: ['by Stalin\'s death in March 1953.', 'two weeks after Stalin’s demise'],
  caveat: 'The article names no office; the role records his death (5 March 1953 in the common record) as the end of his leadership.',
  caveatKind: 'interpretation'
},

{id: 'event-armistice-timing-hinged-on-stalin-death-1953', type: 'event',
  summary: 'The article speculates that, had Stalin lived, the Armistice would not have been signed when it was, Mao too being unwilling to compromise',
  eventKind: 'decision', start: '1953-03', end: '1953-07-27',
  tone: 'neutral',
  participants: ['ussr', 'prc'], mentions: ['stalin', 'mao-zedong', 'usa'],
  certainty: 'speculated',
  section: 'armistice',
  quote: 'If Stalin had not died in March 1953, it is highly possible the Armistice would not have been signed when it was',
  alsoNotes: [0, 0],
  alsoQuotes: ['since Mao was also in no mood to compromise with the Americans during the Armistice talks.', 'There are indications, therefore, that with Soviet support, the Chinese would have continued the war for some time.']
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, notes 61-62: the new Soviet line of March 1953; Clark; Kim
// ---------------------------------------------------------------------------------------------

{id: 'event-ussr-council-ministers-statement-end-war-1953', type: 'event',
  summary: 'The Soviet Council of Ministers calls for a quick end to the war, faults the old line of no concessions and urges Beijing and P\'yŏngyang to accept Clark\'s proposal',
  eventKind: 'statement', start: '1953-03-19',
  tone: 'integration',
  participants: ['ussr-council-of-ministers'], mentions: ['prc', 'dprk', 'mark-clark'], dyads: ['prc/ussr', 'dprk/ussr'],
  section: 'armistice', note: 61,
  quote: 'the Soviet Council of Ministers issued a statement for a quick ending of the Korean War',
  alsoNotes: [61, 61],
  alsoQuotes: ['pointing out that it was “wrong” to “automatically” follow the previous Communist line at the Armistice talks without concessions.', 'The declaration urged the Chinese and North Korean leaders to accept US General Mark Clark’s proposal']
},

{id: 'event-clark-proposal-sick-wounded-pows-1953', type: 'event',
  summary: 'General Mark Clark proposes an exchange of sick and wounded prisoners',
  eventKind: 'statement', start: '1953-02-22',
  tone: 'neutral',
  participants: ['mark-clark'], mentions: ['prc', 'dprk'], dyads: ['dprk/unc', 'prc/unc'],
  section: 'armistice', note: 61,
  quote: 'US General Mark Clark’s proposal of February 22, 1953, for the exchange of sick and wounded prisoners.'
},

{id: 'role-mark-clark-unc-commander', type: 'role',
  summary: 'General Mark Clark, a US general, commands the UN forces',
  office: 'US General, commander of the UN Command', start: '1953-02', end: '1953-02',
  recordStart: '1952-05', recordEnd: '1953-10',
  holder: 'mark-clark', organization: 'unc',
  section: 'armistice', note: 61,
  quote: 'US General Mark Clark’s proposal of February 22, 1953',
  caveat: 'The article calls him only "US General" and attests him only in February 1953; his UNC command (May 1952 to October 1953) is from the common record.',
  caveatKind: 'common-record'
},

{id: 'event-ussr-drops-all-pow-demand-un-1953', type: 'event',
  summary: 'The Soviet UN delegation is told to revise its resolution on preventing a world war, dropping the demand to return all prisoners and urging resumed talks',
  eventKind: 'decision', start: '1953-03-19',
  tone: 'neutral',
  participants: ['ussr-council-of-ministers', 'un'], mentions: ['prc', 'dprk'],
  section: 'armistice', note: 61,
  quote: 'the Soviets dropped the demand for returning all prisoners to their homelands and urged “immediate resumption of the Armistice negotiations.”',
  alsoNotes: [61],
  alsoQuotes: ['The Soviet council’s decision included instructions to the Soviet delegation at the UN to revise a resolution on the issue of preventing a world war.'],
  caveat: 'A change of the Soviet negotiating position at the UN, whose command fought on the other side of the war, not a rapprochement with it: neutral, not integration.',
  caveatKind: 'interpretation'
},

{id: 'event-kim-soviet-envoys-take-initiative-1953', type: 'event',
  summary: 'Kim tells two special Soviet envoys it is time to take the initiative to end the war and stop haggling over the number of POWs to repatriate',
  eventKind: 'meeting', start: '1953-03-29',
  tone: 'integration',
  participants: ['kim-il-sung', 'ussr'], mentions: ['usa'],
  section: 'armistice', note: 62,
  quote: 'Kim Il Sung told two special Soviet envoys that “the time came for our side to take the initiative',
  alsoNotes: [62],
  alsoQuotes: ['Kim deemed it unreasonable “to continue the discussion with the Americans on the dispute related to the numbers of prisoners to be repatriated.”']
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE, notes 63-66: July 1953
// ---------------------------------------------------------------------------------------------

{id: 'event-prc-ready-to-conclude-talks-1953', type: 'event',
  summary: 'In early July 1953 the Chinese declare their interest in concluding the talks but blame South Korea for the delay',
  eventKind: 'statement', start: '1953-07',
  tone: 'neutral',
  participants: ['prc'], mentions: ['rok', 'unc'], dyads: ['prc/unc'],
  section: 'armistice', note: 63,
  quote: 'In early July the Chinese expressed their interest in successfully concluding the negotiations, but blamed the South Korean unilateral release of 27,000 North Korean prisoners',
  caveat: 'Note 63 cites the Soviet Council of Ministers statement of 19 March 1953 for events of July 1953 (with Torkunov, 280, 282). Neutral: an interest in ending the war, voiced while blaming the enemy side, is no integration between adversaries.',
  caveatKind: 'citation'
},

{id: 'event-rok-releases-27000-pows-1953', type: 'event',
  summary: 'South Korea unilaterally releases 27,000 North Korean prisoners',
  eventKind: 'decision', start: '1953-06',
  recordStart: '1953-06-18',
  tone: 'divergence',
  participants: ['rok'], mentions: ['prc'], dyads: ['dprk/rok', 'prc/rok'],
  amount: 27000, unit: 'North Korean prisoners of war released', qualifier: 'exact',
  section: 'armistice', note: 63,
  quote: 'the South Korean unilateral release of 27,000 North Korean prisoners',
  caveat: 'The article dates the release only as before early July 1953 (18 June 1953 in the common record); note 63 cites a document of 19 March 1953.',
  caveatKind: 'period'
},

{id: 'dispute-prc-rok-armistice-opposition-1953', type: 'dispute',
  summary: 'China blames South Korea\'s prisoner release and anti-Armistice campaign for the delay and calls for a strike on South Korean forces',
  topic: 'ROK opposition to the Armistice', severity: 'severe', start: '1953-06', end: '1953-07-27',
  parties: ['prc', 'rok'],
  section: 'armistice', note: 63,
  quote: 'To contain the South Koreans, Chinese officials advocated a strike against South Korean forces.',
  caveat: 'Note 63 cites the Soviet statement of 19 March 1953 for these July events; the start is the ROK prisoner release (June 1953, common record).',
  caveatKind: 'citation'
},

{id: 'dispute-dprk-prc-july-1953-offensive', type: 'dispute',
  summary: 'The Chinese insist on an offensive to teach the South Koreans a lesson; Kim opposes it, and it goes ahead over his objections',
  topic: 'military strategy: the July 1953 offensive', severity: 'major', start: '1953-07', end: '1953-07',
  parties: ['kim-il-sung', 'prc'], mentions: ['rok'],
  section: 'armistice', note: 64,
  quote: 'another Sino–North Korean dispute over military operations erupted.',
  alsoNotes: [64],
  alsoQuotes: ['The military operation went ahead over the objections of the North Korean leader.']
},

{id: 'event-armistice-talks-resume-1953', type: 'event',
  summary: 'The Armistice talks resume at P\'anmunjŏm',
  eventKind: 'meeting', start: '1953-07-10', place: 'P\'anmunjŏm',
  tone: 'neutral',
  participants: ['kpa', 'cpva', 'unc'], dyads: ['dprk/unc', 'prc/unc'],
  section: 'armistice', note: 65,
  quote: 'started on July 13, three days after the resumption of the talks in P’anmunjŏm',
  caveat: 'The day is derived from the article\'s "three days" before 13 July. Talks between the warring sides are no integration between them: neutral.',
  caveatKind: 'interpretation'
},

{id: 'event-kumsong-campaign-1953', type: 'event',
  summary: 'The Kŭmsŏng campaign, third phase of the Chinese offensive, runs from 13 July to the Armistice: a Chinese victory over ROK forces, the CPVA\'s largest offensive in two years',
  eventKind: 'operation', start: '1953-07-13', end: '1953-07-27', place: 'Kŭmsŏng',
  tone: 'divergence',
  participants: ['cpva', 'rok-army'],
  section: 'armistice', note: 65,
  quote: 'The third phase of the offensive, the Kūmsŏng campaign, started on July 13, three days after the resumption of the talks in P’anmunjŏm',
  alsoNotes: [65, 65],
  alsoQuotes: ['The Kūmsōng campaign marked a Chinese victory against ROK forces.', 'It was the largest offensive operation by the CPVA in two years the first in which they had superior firepower'],
  caveat: 'The body spells it "Kūmsŏng", note 65 "Kūmsōng" (macrons for breves); McCune-Reischauer is Kŭmsŏng.',
  caveatKind: 'spelling'
},

{id: 'event-mao-letter-cc-cpsu-one-more-year-1953', type: 'event',
  summary: 'Two days after the Armistice Mao writes the CC CPSU that militarily it would have paid to fight one more year for better positions on the Han River',
  eventKind: 'statement', start: '1953-07-29',
  tone: 'neutral',
  participants: ['mao-zedong', 'cpsu-cc'], mentions: ['usa'],
  section: 'armistice', note: 66,
  quote: 'it would have been advantageous to continue to “beat the Americans for one more year, so we could occupy better positions along the Han River.”'
},

// ---------------------------------------------------------------------------------------------
// NEGOTIATING THE ARMISTICE: relationships, July 1951 to July 1953
// ---------------------------------------------------------------------------------------------

{id: 'relation-dprk-prc-joint-delegation-1951', type: 'relation',
  summary: 'At the start of the talks North Korea and China act as one delegation against the UN side',
  status: 'allied', start: '1951-07', end: '1951-12',
  parties: ['dprk', 'prc'],
  section: 'armistice', note: 42,
  quote: 'on which the Sino–North Korean delegation insisted',
  alsoNotes: [36],
  alsoQuotes: ['The two allies decided to end the war through negotiations.'],
  caveat: 'The article calls the two allies as they enter the talks in July 1951 and judges these months no further; the end is the start of the POW dispute (January 1952).',
  caveatKind: 'period'
},

{id: 'relation-dprk-prc-strained-pow-1952', type: 'relation',
  summary: 'The talks expose cleavages between China and North Korea: over the POWs in 1952, then over the July 1953 offensive',
  status: 'strained', start: '1952-01', end: '1953-07-27',
  parties: ['dprk', 'prc'],
  certainty: 'speculated',
  section: 'armistice',
  quote: 'the war exposed cleavages between them and the North Koreans',
  alsoNotes: [50, 64],
  alsoQuotes: ['He acknowledged the existence of Sino-North Korean disagreement on the issue.', 'another Sino–North Korean dispute over military operations erupted.'],
  caveat: 'The allies stayed in the war together; "strained" records the tensions the article stresses, from the POW dispute (January 1952) to the Armistice.',
  caveatKind: 'interpretation'
},

{id: 'relation-dprk-ussr-kim-seeks-help-1951', type: 'relation',
  summary: 'Kim turns to Stalin for air defense and help in reaching peace',
  status: 'allied', start: '1951-07', end: '1951-12',
  parties: ['dprk', 'ussr'],
  certainty: 'speculated',
  section: 'armistice', note: 42,
  quote: 'Kim requested reinforcement of anti-air defenses and help to move the negotiations forward and achieve peace.',
  caveat: 'The article gives no explicit judgment for these months; "allied" is read from Kim\'s reliance on Stalin.',
  caveatKind: 'interpretation'
},

{id: 'relation-dprk-ussr-strained-pow-1952', type: 'relation',
  summary: 'Soviet backing of the Chinese POW stand at the Koreans\' expense mixes wartime aid with tension in the alliance',
  status: 'strained', start: '1952-01', end: '1953-03',
  parties: ['dprk', 'ussr'],
  section: 'armistice',
  quote: 'This was an important moment in which Socialist assistance to the DPRK during the war mixed with tensions in the alliance.',
  alsoNotes: [0],
  alsoQuotes: ['Moscow backed the Chinese position at the expense of the Koreans.'],
  caveat: 'The end is Stalin\'s death and the new Soviet line of March 1953; the article gives no other bound.',
  caveatKind: 'period'
},

{id: 'relation-dprk-ussr-in-sync-1953', type: 'relation',
  summary: 'After Stalin\'s death the new Soviet position on ending the war matches North Korea\'s',
  status: 'close', start: '1953-03-19', end: '1953-07-27',
  parties: ['dprk', 'ussr'],
  section: 'armistice', note: 62,
  quote: 'The new Soviet position seemed to be in sync with North Korea’s policy.'
},

{id: 'relation-ussr-prc-concerted-armistice-1951', type: 'relation',
  summary: 'Mao steers the talks in constant consultation with Stalin, who firmly supports the Chinese stand',
  status: 'allied', start: '1951-07', end: '1953-07-27',
  parties: ['ussr', 'prc'],
  section: 'armistice', note: 52,
  quote: 'Stalin clearly supported the Chinese position',
  alsoNotes: [49],
  alsoQuotes: ['The Chinese government’s firm stance on the POW issue, which was supported by Stalin, revealed broader strategic interests at work.']
},

{id: 'relation-dprk-usa-hostile-talks-1951', type: 'relation',
  summary: 'North Korea and the United States fight on through the talks, the American air force inflicting horrendous losses',
  status: 'hostile', start: '1951-07', end: '1953-07-27',
  parties: ['dprk', 'usa'],
  section: 'armistice', note: 44,
  quote: 'the American Air Force is causing horrendous losses to the Democratic People\'s Republic."'
},

{id: 'relation-dprk-unc-talking-while-fighting-1951', type: 'relation',
  summary: 'North Korea and the UN Command negotiate while still at war',
  status: 'hostile', start: '1951-07', end: '1953-07-27',
  parties: ['dprk', 'unc'],
  section: 'armistice',
  quote: 'NEGOTIATING THE ARMISTICE: TALKING WHILE FIGHTING'
},

{id: 'relation-prc-unc-talking-while-fighting-1951', type: 'relation',
  summary: 'China and the UN Command negotiate while still at war, China set on forcing the enemy to back down',
  status: 'hostile', start: '1951-07', end: '1953-07-27',
  parties: ['prc', 'unc'],
  section: 'armistice', note: 54,
  quote: 'Only such a stand can win initiative for you and force the enemy to back down.'
},

{id: 'relation-prc-usa-hostile-talks-1951', type: 'relation',
  summary: 'China sees the war as pinning down American imperialism; the two remain at war through the talks',
  status: 'hostile', start: '1951-07', end: '1953-07-27',
  parties: ['prc', 'usa'],
  section: 'armistice', note: 47,
  quote: 'While the American imperialism was "pinned down and suffers endless losses in the East,"'
},

{id: 'relation-prc-rok-hostile-talks-1951', type: 'relation',
  summary: 'China and South Korea remain at war through the talks, to the Chinese strike on ROK forces in July 1953',
  status: 'hostile', start: '1951-07', end: '1953-07-27',
  parties: ['prc', 'rok'],
  section: 'armistice', note: 63,
  quote: 'To contain the South Koreans, Chinese officials advocated a strike against South Korean forces.',
  caveat: 'The article judges the tie only in July 1953; the period is that of the talks, during which the two were at war.',
  caveatKind: 'period'
},

{id: 'dispute-ussr-usa-prolonged-war-1951', type: 'dispute',
  summary: 'Moscow wants a long war that ties down American power, while avoiding a direct military clash with the Americans',
  topic: 'a prolonged Korean War to tie down American power', start: '1951-07', end: '1953-03',
  parties: ['ussr', 'usa'], mentions: ['stalin'],
  section: 'armistice',
  quote: 'The extended conflict worked in favor of Soviet policy objectives, as long as the Soviet Union avoided a military confrontation with the Americans.',
  caveat: 'The article bounds this aim by the armistice talks (from July 1951) and Stalin\'s death (March 1953), after which Moscow urged a quick end to the war.',
  caveatKind: 'period'
}
] AS fact
MERGE (f:Fact {id: fact.id})
SET f:$({role: 'Role', treaty: 'Treaty', flow: 'Flow', dispute: 'Dispute', event: 'Event', relation: 'Relation'}[fact.type]),
    f += fact;
