// Alliance Graph: facts from "SOVIET AND CHINESE SUPPORT TO NORTH KOREA" (notes 17-41).
// Each fact: one map in the list below, its id and type first, then its properties; the statement
// at the end MERGEs each fact on its id and gives it its type's label. Quotes are exact and at most
// 25 words; summaries are our own words. 90-derive.cypher turns the properties into links.
// No new actors: every actor id used here is in 10-actors.cypher.

UNWIND [

// ---------------------------------------------------------------------------------------------
// SOVIET AND CHINESE SUPPORT, notes 17-20: the road to armed unification, 1947-1950
// ---------------------------------------------------------------------------------------------

// No note: the section's opening judgment
{id: 'relation-dprk-rok-armed-confrontation-1949', type: 'relation',
  summary: 'Before the war the two Korean states face each other in a tense standoff that convinces Kim Il Sung only armed unification is possible',
  status: 'hostile', start: '1949', end: '1950-06-24',
  parties: ['dprk', 'rok'],
  section: 'support',
  quote: 'the bellicose South Korean posture, led Kim Il Sung to believe that only armed unification was possible.',
  caveat: 'The article dates the tension only by the withdrawal of the occupation forces and the 1949 border incidents; the period ends the day before the KPA attack.',
  caveatKind: 'period'
},

{id: 'event-us-forces-leave-south-korea-1949', type: 'event',
  summary: 'American forces withdraw from South Korea',
  eventKind: 'operation', start: '1949',
  tone: 'neutral',
  participants: ['us-forces'], mentions: ['rok'], dyads: ['rok/usa'],
  section: 'support', note: 17,
  quote: 'In 1949, when American forces left South Korea'
},

{id: 'event-soviet-forces-leave-north-korea-1948', type: 'event',
  summary: 'Soviet forces withdraw from North Korea, leaving the peninsula without occupation troops on either side once the Americans leave too',
  eventKind: 'operation', start: '1948', end: '1949-04',
  recordEnd: '1948-12',
  tone: 'neutral',
  participants: ['soviet-army'], mentions: ['dprk'], dyads: ['dprk/ussr'],
  section: 'support', note: 22,
  quote: 'after the withdraw of the Soviet forces from North Korea',
  caveat: 'The article gives no date, only that the withdrawal preceded Shtykov\'s April 1949 reports (completed in December 1948 in the common record); it writes "withdraw" for "withdrawal".',
  caveatKind: 'period'
},

// Note 17
{id: 'dispute-dprk-rok-border-provocations-1949', type: 'dispute',
  summary: 'North Korea charges the ROK with 1,863 military provocations across the 38th parallel in 1949',
  topic: 'border incidents on the 38th parallel', severity: 'major', start: '1949', end: '1949',
  parties: ['dprk', 'rok'],
  amount: 1863, unit: 'incidents', qualifier: 'exact',
  claimant: 'North Korea', certainty: 'reported',
  section: 'support', note: 17,
  quote: 'the North Koreans claimed that the Republic of Korea (ROK) was responsible for 1,863 incidents of military provocations across the thirty-eighth parallel.'
},

// Note 18
{id: 'event-kpa-war-planning-1947', type: 'event',
  summary: 'According to Yu Sŏngch\'ŏl, North Korean generals begin drafting war plans against the South as early as 1947',
  eventKind: 'decision', start: '1947',
  tone: 'divergence',
  participants: ['kpa'], mentions: ['yu-songchol', 'rok'], dyads: ['dprk/rok'],
  claimant: 'Yu Sŏngch\'ŏl', certainty: 'reported',
  section: 'support', note: 18,
  quote: 'North Korean generals started to draft war plans against the South as early as 1947.'
},

{id: 'role-yu-songchol-kpa-head-of-operations', type: 'role',
  summary: 'Yu Sŏngch\'ŏl served as head of operations in the General Staff of the KPA',
  office: 'Head of operations, General Staff of the Korean People\'s Army', start: '..', end: '..',
  holder: 'yu-songchol', organization: 'kpa', host: 'dprk',
  section: 'support', note: 18,
  quote: 'Yu Sŏngch’ŏl, a former head of operations in the General Staff of the KPA',
  caveat: 'The article calls him a "former" head of operations and gives no dates for the post.',
  caveatKind: 'period'
},

// Note 19 (interview with a cousin of Hŏ Ch'ŏn)
{id: 'flow-pla-kpa-korean-soldiers-return-1949', type: 'flow',
  summary: 'Korean soldiers of the PLA return to North Korea in 1949 with the mission to "unify the country"',
  flowKind: 'troops', start: '1949', end: '1949',
  giver: 'pla', receiver: 'kpa',
  section: 'support', note: 19,
  quote: 'Koreans from the PLA returning to North Korea in 1949 were bound to a mission to "unify the country."',
  caveat: 'These 1949 returns may be part of the "tens of thousands" the Chinese sent before the war (flow-prc-dprk-korean-pla-veterans-1950); the article does not say how they relate.',
  caveatKind: 'interpretation'
},

{id: 'role-ho-chon-pla-fighter', type: 'role',
  summary: 'Hŏ Ch\'ŏn fought in the ranks of the People\'s Liberation Army before returning to North Korea in 1949',
  office: 'Fighter in the People\'s Liberation Army', start: '..', end: '1949',
  holder: 'ho-chon', organization: 'pla', host: 'ccp',
  section: 'support', note: 19,
  quote: 'was a former fighter in the People\'s Liberation Army. When he returned to Chŏngjin in 1949'
},

{id: 'role-ho-chon-political-commissar-kpa-45th-division', type: 'role',
  summary: 'Hŏ Ch\'ŏn becomes political commissar of the KPA\'s 45th Division',
  office: 'Political commissar, 45th Division of the Korean People\'s Army', start: '1949', end: '..',
  holder: 'ho-chon', organization: 'kpa', host: 'dprk',
  claimant: 'Hŏ Ch\'ŏn\'s cousin Mr. Ch\'oe (interview, 2012)', certainty: 'reported',
  section: 'support', note: 19,
  quote: 'Hŏ Ch\'ŏn, a political commissar of the 45th Division of the Korean People\'s Army was a former fighter in the People\'s Liberation Army.',
  caveat: 'The note gives no dates for the post; it is taken to follow his return in 1949.',
  caveatKind: 'period'
},

// Note 20 (interview with an eyewitness from Hoeryŏng)
{id: 'event-dprk-war-mobilization-1950', type: 'event',
  summary: 'An eyewitness in Hoeryŏng sees war mobilization in the spring of 1950, with many soldiers moving south',
  eventKind: 'campaign', start: '1950-spring', end: '1950-06',
  tone: 'divergence',
  participants: ['dprk', 'kpa'], mentions: ['rok'], dyads: ['dprk/rok'],
  claimant: 'eyewitness from Hoeryŏng (Mr. Yi, interview, 2012)', certainty: 'reported',
  section: 'support', note: 20,
  quote: 'pointed to state efforts at war mobilization in the spring of 1950 as many soldiers moved southward.'
},

{id: 'event-dprk-war-propaganda-1950', type: 'event',
  summary: 'The regime\'s war propaganda intensifies, glorifying soldiers and claiming the South is ready to rise at a signal',
  eventKind: 'campaign', start: '1950-spring', end: '1950-06',
  tone: 'divergence',
  participants: ['dprk'], mentions: ['rok'], dyads: ['dprk/rok'],
  claimant: 'eyewitness from Hoeryŏng (Mr. Yi, interview, 2012)', certainty: 'reported',
  section: 'support', note: 20,
  quote: 'claiming that the people in the South were ready to rise up when given a signal.',
  caveat: 'The article ties the propaganda to the spring of 1950 only by its context; the period runs to the attack.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// Notes 21-22: Stalin, Shtykov and the threat from the South, 1949-January 1950
// ---------------------------------------------------------------------------------------------

{id: 'event-stalin-preserve-status-quo-korea-1949', type: 'event',
  summary: 'In 1949 Stalin seeks to keep the status quo in Korea and avoid conflict with the United States, and fears a southern attack once US forces leave',
  eventKind: 'decision', start: '1949', end: '1949',
  tone: 'neutral',
  participants: ['stalin'], mentions: ['usa', 'rok', 'dprk'], dyads: ['dprk/ussr', 'ussr/usa'],
  section: 'support',
  quote: 'In 1949, Stalin wanted to preserve the status quo on the Korean peninsula and avoid conflict with the United States.',
  alsoNotes: [0],
  alsoQuotes: ['In the spring, the Soviet leader worried about an attack from the South once the American forces left the Korean peninsula.']
},

// Note 21
{id: 'event-stalin-instructs-shtykov-1949-04-17', type: 'event',
  summary: 'Stalin instructs Ambassador Shtykov to verify a report that the South plans a surprise strike on the North in June',
  eventKind: 'statement', start: '1949-04-17',
  tone: 'neutral',
  participants: ['stalin', 'shtykov'], mentions: ['rok', 'dprk'], dyads: ['dprk/ussr', 'dprk/rok'],
  section: 'support', note: 21,
  quote: 'On April 17, 1949, he instructed the Soviet ambassador to the DPRK, Terentii Shtykov, to verify a report'
},

{id: 'role-shtykov-ambassador-dprk', type: 'role',
  summary: 'Terentii Shtykov is the Soviet ambassador to the DPRK',
  office: 'Soviet ambassador to the DPRK', start: '1949-04', end: '1950-01',
  recordStart: '1948', recordEnd: '1950-Q4',
  holder: 'shtykov', organization: 'ussr', host: 'dprk',
  section: 'support', note: 21,
  quote: 'the Soviet ambassador to the DPRK, Terentii Shtykov',
  caveat: 'The article shows him in office only from April 1949 to his report of January 1950; in the common record he was ambassador from 1948 to late 1950.',
  caveatKind: 'period'
},

// Note 22: the telegrams of April 1949 - January 1950
{id: 'event-shtykov-reply-kpa-readiness-1949-04-20', type: 'event',
  summary: 'Shtykov replies with concern over the KPA\'s low combat readiness and reports "systematic" southern violations along the parallel',
  eventKind: 'statement', start: '1949-04-20',
  tone: 'neutral',
  participants: ['shtykov', 'stalin'], mentions: ['kpa', 'rok'], dyads: ['dprk/ussr', 'dprk/rok'],
  claimant: 'Shtykov', certainty: 'reported',
  section: 'support', note: 22,
  quote: 'In his reply Shtykov expressed concern about the low combat readiness of the KPA',
  caveat: 'Note 22 cites two telegrams of April 20, 1949 (Shtykov alone, and Vasilevsky with Shtykov) and further ones of May 2 and July 13, 1949, without saying which holds which point.',
  caveatKind: 'citation'
},

{id: 'event-vasilevsky-shtykov-telegram-1949-04-20', type: 'event',
  summary: 'Marshal Vasilevsky and Ambassador Shtykov report jointly to Stalin on the situation in Korea',
  eventKind: 'statement', start: '1949-04-20',
  tone: 'neutral',
  participants: ['vasilevsky', 'shtykov', 'stalin'], mentions: ['kpa', 'rok'], dyads: ['dprk/ussr'],
  section: 'support', note: 22,
  quote: 'Telegram from Marshal Vasylevskii and Ambassador Shtykov to Stalin, April 20, 1949',
  caveat: 'The note spells the marshal "Vasylevskii" (Vasilevskii, Vasilevsky).',
  caveatKind: 'spelling'
},

{id: 'role-vasilevsky-marshal', type: 'role',
  summary: 'Aleksandr Vasilevsky holds the rank of Marshal of the Soviet Union',
  office: 'Marshal of the Soviet Union', start: '1949-04', end: '1949-04',
  holder: 'vasilevsky', organization: 'soviet-army',
  section: 'support', note: 22,
  quote: 'Telegram from Marshal Vasylevskii and Ambassador Shtykov to Stalin',
  caveat: 'The article names his rank only at the date of the telegram; it spells him "Vasylevskii".',
  caveatKind: 'period'
},

{id: 'dispute-dprk-rok-parallel-violations-1949', type: 'dispute',
  summary: 'Shtykov reports "systematic" South Korean violations along the 38th parallel after the Soviet withdrawal',
  topic: 'violations of the 38th parallel', severity: 'major', start: '1949', end: '1949-07',
  parties: ['rok', 'dprk'], mentions: ['shtykov'],
  claimant: 'Shtykov', certainty: 'reported',
  section: 'support', note: 22,
  quote: 'observed "systematic" violations from the southern side, along the thirty-eighth parallel',
  caveat: 'The period is that of the telegrams note 22 cites for 1949 (April 20 to July 13).',
  caveatKind: 'period'
},

{id: 'event-shtykov-report-rok-army-growth', type: 'event',
  summary: 'Shtykov reports the South Korean army grew from 53,600 to 70,000 troops in a quarter, its engineering, mechanical and special forces two to four times',
  eventKind: 'statement', start: '1949-04-20', end: '1950-01-06',
  tone: 'neutral',
  participants: ['shtykov', 'stalin'], mentions: ['rok-army'], dyads: ['dprk/rok', 'dprk/ussr'],
  amount: 70000, unit: 'soldiers', qualifier: 'exact',
  claimant: 'Shtykov', certainty: 'reported',
  section: 'support', note: 22,
  quote: 'the South Korean army had increased from 53,600 to 70,000 troops in the first quarter of 1950',
  alsoNotes: [22],
  alsoQuotes: ['the engineering, mechanical, and special forces had increased between two and four times.'],
  caveat: 'The article puts the growth in "the first quarter of 1950", yet reports it among Shtykov\'s 1949 telegrams; the latest telegram note 22 cites is of January 6, 1950, before that quarter ended. Probably the first quarter of 1949. The amount is the strength reached; it rose by 16,400.',
  caveatKind: 'date'
},

{id: 'event-shtykov-report-rok-troops-near-parallel-1949', type: 'event',
  summary: 'Shtykov reports 41,000 ROK troops concentrated near the 38th parallel, seemingly poised to attack P\'yŏngyang',
  eventKind: 'statement', start: '1949-04-20', end: '1949-07-13',
  tone: 'neutral',
  participants: ['shtykov', 'stalin'], mentions: ['rok-army'], dyads: ['dprk/rok', 'dprk/ussr'],
  amount: 41000, unit: 'soldiers', qualifier: 'exact',
  claimant: 'Shtykov', certainty: 'reported',
  section: 'support', note: 22,
  quote: 'There was also a concentration of ROK forces near the thirty-eighth parallel, where 41,000 troops seemed poised to attack P\'yŏngyang.',
  caveat: 'The article does not say which of the 1949 telegrams of note 22 gives the figure; the period spans them.',
  caveatKind: 'period'
},

{id: 'event-shtykov-report-force-balance-1949-06', type: 'event',
  summary: 'Shtykov reports the North unprepared as of June 1949: three KPA divisions and one brigade face six ROK divisions',
  eventKind: 'statement', start: '1949-06', end: '1949-07-13',
  tone: 'neutral',
  participants: ['shtykov', 'stalin'], mentions: ['kpa', 'rok-army'], dyads: ['dprk/rok', 'dprk/ussr'],
  amount: 6, unit: 'ROK divisions', qualifier: 'exact',
  claimant: 'Shtykov', certainty: 'reported',
  section: 'support', note: 22,
  quote: 'As of June 1949, the North Korean forces were unprepared to respond to attack, according to Shtykov.',
  alsoNotes: [22],
  alsoQuotes: ['The KPA had three divisions and one brigade against six ROK divisions.'],
  caveat: 'The report is presumably the telegram of July 13, 1949, the only one of note 22 after June 1949 and before October; the article does not say so.',
  caveatKind: 'citation'
},

{id: 'event-shtykov-report-border-defense-1949-06', type: 'event',
  summary: 'Shtykov reports only two brigades, twelve North Korean battalions in all, guarding the border with the South',
  eventKind: 'statement', start: '1949-06', end: '1949-07-13',
  tone: 'neutral',
  participants: ['shtykov', 'stalin'], mentions: ['kpa'], dyads: ['dprk/rok', 'dprk/ussr'],
  amount: 12, unit: 'battalions', qualifier: 'exact',
  claimant: 'Shtykov', certainty: 'reported',
  section: 'support', note: 22,
  quote: 'Only two brigades or a total of twelve North Korean battalions defended the border with the South.'
},

{id: 'event-stalin-warns-shtykov-1949-10-26', type: 'event',
  summary: 'Stalin warns Shtykov not to help North Korea stage active operations against the South',
  eventKind: 'statement', start: '1949-10-26',
  tone: 'divergence',
  participants: ['stalin', 'shtykov'], mentions: ['dprk', 'rok'], dyads: ['dprk/ussr'],
  section: 'support', note: 22,
  quote: 'in October Stalin warned Shtykov not to help North Korea stage active operations against the South.',
  alsoNotes: [22],
  alsoQuotes: ['Telegram from Stalin to Shtykov, October 26, 1949']
},

{id: 'event-shtykov-report-seoul-decisive-blow-1950-01', type: 'event',
  summary: 'Shtykov reports Seoul preparing a "decisive blow" against the North to unify the peninsula despite scant American support',
  eventKind: 'statement', start: '1950-01-06',
  tone: 'neutral',
  participants: ['shtykov'], mentions: ['rok', 'usa'], dyads: ['dprk/rok', 'dprk/ussr'],
  claimant: 'Shtykov', certainty: 'reported',
  section: 'support', note: 22,
  quote: 'Shtykov referred to Seoul\'s preparations for a "decisive blow" against the North and the unification of the peninsula, despite insufficient American support.',
  alsoNotes: [22],
  alsoQuotes: ['Telegram from Shtykov to Moscow, January 6, 1950.']
},

// ---------------------------------------------------------------------------------------------
// Notes 23-24: the shifting environment, the returning Koreans, Kim in Moscow (April 1950)
// ---------------------------------------------------------------------------------------------

{id: 'event-ussr-nuclear-power-1949', type: 'event',
  summary: 'The USSR becomes a nuclear power, raising Stalin\'s confidence in projecting Soviet influence',
  eventKind: 'force-strength', start: '1949',
  tone: 'neutral',
  participants: ['ussr'], mentions: ['usa'], dyads: ['ussr/usa'],
  section: 'support',
  quote: 'The USSR became a nuclear power in 1949, thus raising Stalin\'s confidence about projecting Soviet influence globally.'
},

{id: 'relation-rok-usa-ambiguous-commitment-1949', type: 'relation',
  summary: 'Before the war the American commitment to South Korea is ambiguous, one of Stalin\'s reasons to back Kim\'s plan',
  status: 'unknown', start: '1949', end: '1950-06-24',
  parties: ['rok', 'usa'],
  section: 'support',
  quote: 'the Communist victory in China, the Sino-Soviet alliance, and the ambiguous American commitment to South Korea.',
  caveat: 'The article calls the American commitment ambiguous and grades the tie no further, so the status is left unknown.',
  caveatKind: 'interpretation'
},

// Note 23 (CFMA document of March 9, 1950)
{id: 'flow-prc-dprk-korean-pla-veterans-1950', type: 'flow',
  summary: 'Before the war China sends tens of thousands of Korean veterans of the PLA to North Korea',
  flowKind: 'troops', start: '1949', end: '1950-06-24',
  giver: 'prc', receiver: 'dprk', mentions: ['pla'],
  amount: 10000, unit: 'soldiers', qualifier: 'tens of thousands',
  section: 'support', note: 23,
  quote: 'Before the war began the Chinese sent tens of thousands of Koreans, who had served in the PLA during the Chinese civil war',
  alsoNotes: [23, 23],
  alsoQuotes: ['coordinated the return of Korean soldiers from the PLA to North Korea', 'A Chinese report indicates the Koreans were highly motivated.'],
  caveat: 'The article says "tens of thousands" (qualifier "tens of thousands"; amount 10000 is its floor) and "before the war began"; the start is taken from the 1949 returns of note 19. Note 23 names the Chinese Foreign Ministry Archive (CFMA) as a coordinating body, where the Foreign Ministry is meant.',
  caveatKind: 'attribution'
},

{id: 'event-prc-coordinates-korean-soldiers-return-1950', type: 'event',
  summary: 'The Chinese Foreign Ministry and the PLA\'s Political Department coordinate the return of Korean soldiers to North Korea; the North China Military Region reports on it on March 9, 1950',
  eventKind: 'decision', start: '1950-03-09',
  tone: 'integration',
  participants: ['prc', 'pla'], mentions: ['dprk'], dyads: ['dprk/prc'],
  section: 'support', note: 23,
  quote: 'Communication between North China Military Region and the Foreign Ministry, March 9, 1950',
  caveat: 'The coordination is undated; the date is that of the document note 23 cites. The note writes "Chinese Foreign Ministry Archive (CFMA)" for the ministry itself.',
  caveatKind: 'attribution'
},

// Note 24: Kim Il Sung in Moscow
{id: 'event-kim-moscow-visit-1950-04', type: 'event',
  summary: 'Kim Il Sung spends almost all of April 1950 in Moscow and meets Stalin three times',
  eventKind: 'visit', start: '1950-04', end: '1950-04', place: 'Moscow',
  tone: 'integration',
  participants: ['kim-il-sung', 'stalin'],
  section: 'support', note: 24,
  quote: 'Kim Il Sung spent almost the entire month of April 1950 in Moscow and met Stalin three times.'
},

{id: 'event-stalin-approves-active-actions-1950-04', type: 'event',
  summary: 'Stalin tells Kim that "the changed international situation" allows "more active actions" toward Korea\'s reunification, and decides to back the war',
  eventKind: 'decision', start: '1950-04',
  tone: 'integration',
  participants: ['stalin', 'kim-il-sung'],
  section: 'support', note: 24,
  quote: 'The Soviet leader referred to "the changed international situation" that made "more active actions" on Korea\'s reunification possible.',
  alsoNotes: [0, 0],
  alsoQuotes: ['Stalin\'s calculation of reduced cost and risk in 1950 played a decisive role in supporting', 'in Stalin\'s decision to agree to provide Soviet materiel and operational assistance.']
},

{id: 'event-stalin-asks-kim-secure-chinese-support-1950-04', type: 'event',
  summary: 'Stalin asks Kim to secure Chinese support for the war and rules out direct Soviet involvement',
  eventKind: 'statement', start: '1950-04',
  tone: 'neutral',
  participants: ['stalin', 'kim-il-sung'], mentions: ['prc', 'mao-zedong'],
  section: 'support', note: 24,
  quote: 'Stalin asked Kim Il Sung to secure Chinese support for the liberation war.',
  alsoNotes: [24],
  alsoQuotes: ['He also made it clear that North Korea could not count on direct Soviet involvement.']
},

{id: 'event-kim-stalin-us-intervention-assessment-1950-04', type: 'event',
  summary: 'Stalin wants to be "absolutely certain" the Americans stay out; Kim answers that the US would not risk war against the Sino-Soviet alliance',
  eventKind: 'statement', start: '1950-04',
  tone: 'integration',
  participants: ['stalin', 'kim-il-sung'], mentions: ['usa'],
  section: 'support', note: 24,
  quote: 'Kim remarked that the United States would not risk going to war in the face of the Sino-Soviet alliance.',
  alsoNotes: [24],
  alsoQuotes: ['Stalin wanted to be "absolutely certain" that the Americans would not get involved in the conflict.']
},

{id: 'event-stalin-three-stage-war-plan-1950-04', type: 'event',
  summary: 'Stalin proposes a three-stage plan: concentrate the KPA on the parallel, offer peaceful reunification, attack after Seoul refuses; strike first at Ongjin, fast',
  eventKind: 'decision', start: '1950-04',
  tone: 'integration',
  participants: ['stalin', 'kim-il-sung'], mentions: ['kpa', 'rok'],
  section: 'support', note: 24,
  quote: 'Stalin proposed a three-stage operation: (1) a concentration of the KPA along the thirty-eighth parallel, (2) a DPRK initiative for peaceful reunification',
  alsoNotes: [24, 24],
  alsoQuotes: ['Stalin noted that it was preferable to strike first at the Ongjin peninsula', 'The war should be "lightning" fast, not giving the enemy a chance to gather themselves.']
},

{id: 'relation-dprk-ussr-war-alliance-1950', type: 'relation',
  summary: 'Stalin\'s backing of the war gives the Soviet-North Korean alliance a practical dimension and solidifies Soviet influence in the DPRK',
  status: 'allied', start: '1950-04', end: '1951-06',
  parties: ['dprk', 'ussr'],
  section: 'support',
  quote: 'This decision provided the Soviet–North Korean alliance with a new practical dimension which solidified the Soviet influence in the DPRK',
  alsoNotes: [0],
  alsoQuotes: ['North Korea\'s preference for Soviet over Chinese assistance was the paramount role the Kremlin had played in establishing the DPRK'],
  caveat: 'The article judges the tie at the April 1950 decision and shows Soviet air support and training to the end of the war; it names no change. The period stops at June 1951, where the armistice section\'s judgments take over.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// Notes 25-26: Kim in Beijing (May 1950), two versions; China and the outbreak of war
// ---------------------------------------------------------------------------------------------

{id: 'event-kim-beijing-visit-1950-05', type: 'event',
  summary: 'Kim Il Sung visits Beijing and talks with Mao; Zhou Enlai and Pak Hŏnyŏng take part. The date of operations is not discussed, but the Chinese know the plans',
  eventKind: 'visit', start: '1950-05', end: '1950-05', place: 'Beijing',
  tone: 'integration',
  participants: ['kim-il-sung', 'mao-zedong', 'zhou-enlai', 'pak-honyong'],
  section: 'support', note: 25,
  quote: 'Kim Il Sung visited Beijing in May 1950',
  alsoNotes: [26, 0, 0],
  alsoQuotes: ['based on conversations with Zhou Enlai and Pak Hŏnyŏng, who took part in the Sino-DPRK discussions in Beijing.', 'Kim and Mao did not discuss the specific date of military operations, but the Chinese were aware of North Korea\'s plans.', 'Mao\'s support for the offensive was critical, for without it Kim could not start the war.']
},

{id: 'event-mao-promises-help-if-attacked-1950-05', type: 'event',
  summary: 'According to Chinese sources, Mao promises help only if North Korean territory is attacked, and Kim keeps his offensive plans from Mao',
  eventKind: 'statement', start: '1950-05', place: 'Beijing',
  tone: 'integration',
  participants: ['mao-zedong', 'kim-il-sung'],
  claimant: 'Chinese sources', certainty: 'reported',
  section: 'support', note: 25,
  quote: 'according to Chinese sources, Mao promised help in the event that North Korean territory came under attack.',
  alsoNotes: [25],
  alsoQuotes: ['This explains why Kim did not reveal to Mao specific offensive plans, which were worked out with the help of Soviet advisors.']
},

{id: 'event-mao-supports-three-stage-plan-1950-05', type: 'event',
  summary: 'According to Russian sources, Mao fully backs the three-stage plan, advises Kim to destroy enemy forces rather than take cities, and raises possible Japanese or American intervention',
  eventKind: 'statement', start: '1950-05', place: 'Beijing',
  tone: 'integration',
  participants: ['mao-zedong', 'kim-il-sung'], mentions: ['japan', 'usa', 'roschin'],
  claimant: 'Russian sources', certainty: 'reported',
  section: 'support', note: 26,
  quote: 'Mao fully supported the three-stage war plan, which had been discussed between Kim Il Sung and Stalin in Moscow.',
  alsoNotes: [26, 26],
  alsoQuotes: ['Mao even advised the North Korean leader to avoid attacking cities in the South', 'The chairman also raised the issue of possible Japanese and even American involvement in the war, which Kim deemed unlikely.']
},

{id: 'event-roschin-reports-mao-kim-talks-1950-05-15', type: 'event',
  summary: 'Soviet Ambassador Roschin telegraphs Stalin an account of the Mao-Kim talks, drawn from Zhou Enlai and Pak Hŏnyŏng',
  eventKind: 'statement', start: '1950-05-15',
  tone: 'neutral',
  participants: ['roschin', 'stalin'], mentions: ['mao-zedong', 'kim-il-sung', 'zhou-enlai', 'pak-honyong'],
  dyads: ['dprk/prc', 'prc/ussr'],
  section: 'support', note: 26,
  quote: 'Soviet Ambassador N. V. Roschin reported the discussions between Mao and Kim',
  alsoNotes: [26],
  alsoQuotes: ['Telegram from Roschin to Stalin, May 15, 1950']
},

{id: 'role-roschin-ambassador-prc', type: 'role',
  summary: 'N. V. Roschin is the Soviet ambassador in Beijing',
  office: 'Soviet ambassador to the PRC', start: '1950-05', end: '1950-05',
  holder: 'roschin', organization: 'ussr', host: 'prc',
  section: 'support', note: 26,
  quote: 'Soviet Ambassador N. V. Roschin reported the discussions between Mao and Kim',
  caveat: 'The note calls him "Soviet Ambassador" without naming the host; Beijing is implied by the talks he reports. Dated only by his telegram of May 1950.',
  caveatKind: 'period'
},

{id: 'flow-ussr-dprk-military-advisors-1950', type: 'flow',
  summary: 'Soviet advisors help the North Koreans work out their specific offensive plans',
  flowKind: 'specialists', start: '1950', end: '1950-06-24',
  giver: 'ussr', receiver: 'dprk',
  section: 'support', note: 25,
  quote: 'specific offensive plans, which were worked out with the help of Soviet advisors.',
  caveat: 'The article does not date the advisors\' work beyond placing it before the attack.',
  caveatKind: 'period'
},

{id: 'relation-dprk-prc-distant-prewar-1949', type: 'relation',
  summary: 'Before the war Korea is no priority for Mao, who is absorbed elsewhere; China has not even an embassy in the DPRK',
  status: 'normal', start: '1949-10-01', end: '1950-06-24',
  parties: ['dprk', 'prc'],
  certainty: 'speculated',
  section: 'support', note: 25,
  quote: 'Significantly, the Chinese did not even have an embassy in the DPRK before the war.',
  alsoNotes: [25],
  alsoQuotes: ['in late 1949 and in the first half of 1950 Mao was preoccupied with other matters, and the Korean peninsula was not a priority.'],
  caveat: 'The article gives no status word; distance (no embassy, no priority) alongside cooperation (returning Korean soldiers, Mao\'s consent to the war) is read as normal, not cool.',
  caveatKind: 'interpretation'
},

{id: 'event-kpa-attack-across-parallel-1950-06-25', type: 'event',
  summary: 'The KPA launches its attack across the 38th parallel',
  eventKind: 'operation', start: '1950-06-25',
  tone: 'divergence',
  participants: ['kpa', 'rok-army'],
  section: 'support', note: 25,
  quote: 'two days after the KPA launched its attack across the thirty-eighth parallel.'
},

{id: 'event-dprk-informs-prc-of-war-1950-06-27', type: 'event',
  summary: 'North Korean officials formally inform the Chinese leadership of the war situation only two days after the attack',
  eventKind: 'statement', start: '1950-06-27',
  tone: 'divergence',
  participants: ['dprk', 'prc'],
  section: 'support', note: 25,
  quote: 'North Korean officials formally informed the Chinese leadership about the war situation on June 27'
},

{id: 'relation-dprk-rok-war-1950', type: 'relation',
  summary: 'From the KPA attack the two Korean states are at war',
  status: 'hostile', start: '1950-06-25', end: '1951-06',
  parties: ['dprk', 'rok'],
  section: 'support', note: 25,
  quote: 'two days after the KPA launched its attack across the thirty-eighth parallel.',
  caveat: 'The war lasted to the Armistice (note 2); the period stops at June 1951, where the armistice section takes over.',
  caveatKind: 'period'
},

{id: 'event-usa-un-commit-to-south-korea-1950-06', type: 'event',
  summary: 'The United States commits itself to help South Korea and the UN adopts a resolution to aid the South',
  eventKind: 'decision', start: '1950-06', end: '1950-06',
  tone: 'integration',
  participants: ['usa', 'un', 'rok'], dyads: ['rok/usa', 'rok/un'],
  section: 'support', note: 25,
  quote: 'after the United States committed itself to help South Korea, and the UN adopted a resolution to aid the South.',
  caveat: 'The note gives no dates; the commitment and the resolution fell in the last days of June 1950 (common record).',
  caveatKind: 'period'
},

{id: 'dispute-prc-usa-next-target-1950', type: 'dispute',
  summary: 'Once the Americans intervene in Korea, the Chinese leaders believe China is the next US target',
  topic: 'China as the next American target', start: '1950-06', end: '1950',
  parties: ['prc', 'usa'],
  section: 'support', note: 25,
  quote: 'After American involvement in the war, the Chinese leadership believed that China was the next target of the United States.',
  caveat: 'The article dates the belief only "after American involvement in the war" (from late June 1950) and gives no end; the end is left at the year.',
  caveatKind: 'period'
},

{id: 'event-cmc-northeast-deployment-1950-07', type: 'event',
  summary: 'On Mao\'s instruction the Central Military Commission decides to deploy four armies and three artillery divisions to the northeast by the end of July 1950',
  eventKind: 'decision', start: '1950-07', end: '1950-07',
  tone: 'divergence',
  participants: ['cmc', 'mao-zedong'], mentions: ['dprk', 'usa'], dyads: ['prc/usa'],
  amount: 4, unit: 'armies', qualifier: 'exact',
  section: 'support', note: 25,
  quote: 'the CMC decided to deploy four armies and three artillery divisions to the northeast by the end of July 1950.',
  alsoNotes: [25],
  alsoQuotes: ['Mao instructed the Central Military Commission (CMC) to strengthen China\'s northeastern defenses.'],
  caveat: 'The note dates the deadline of the deployment (end of July 1950), not the decision itself. The three artillery divisions are in the summary only (one amount per fact).',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// Note 27: the triple alliance, air support and the air war
// ---------------------------------------------------------------------------------------------

{id: 'event-communist-triangle-revolutionary-consensus-1950', type: 'event',
  summary: 'Despite tensions, Kim, Stalin and Mao tacitly agree that East Asia offers a new revolutionary situation to be exploited',
  eventKind: 'decision', start: '1949-Q4', end: '1950-Q2',
  tone: 'integration',
  participants: ['kim-il-sung', 'stalin', 'mao-zedong'],
  section: 'support',
  quote: 'there was tacit consensus among Kim, Stalin, and Mao that there was a new revolutionary situation in East Asia',
  caveat: 'The article does not date the consensus; the period is that of the "late 1949 and early 1950" shift it describes.',
  caveatKind: 'period'
},

{id: 'dispute-dprk-prc-offensive-timing-1950', type: 'dispute',
  summary: 'Mao may have preferred other timing for the offensive, given his preparations to take Taiwan, but could not oppose a revolutionary war',
  topic: 'timing of the North Korean offensive', severity: 'minor', start: '1950-05', end: '1950-06',
  parties: ['mao-zedong', 'kim-il-sung'], mentions: ['roc'],
  certainty: 'speculated',
  section: 'support',
  quote: 'Mao might have wanted different timing for the North Korean offensive, given his regime\'s preparations to take over Taiwan',
  caveat: 'Undated in the article; placed between Kim\'s visit to Beijing and the attack.',
  caveatKind: 'period'
},

{id: 'dispute-ussr-prc-air-support-1950', type: 'dispute',
  summary: 'On the eve of China\'s entry, Moscow and Beijing disagree over Soviet air support, delaying the dispatch of Chinese troops; Mao enters the war anyway',
  topic: 'Soviet air support for Chinese troops', severity: 'major', start: '1950-10', end: '1950-10',
  parties: ['ussr', 'prc'], mentions: ['stalin', 'mao-zedong', 'dprk'],
  section: 'support', note: 27,
  quote: 'Much has been written, for instance, on the Sino-Soviet disagreement over the Soviet air-support during the war.',
  alsoNotes: [0, 27],
  alsoQuotes: ['the USSR and the PRC were in a state of disagreement on the brink of China\'s entry into the war', 'Despite Stalin\'s lack of commitment for full air-support in order to avoid direct Soviet confrontation with the United States, Mao decided to enter the war.'],
  caveat: 'The article dates the disagreement only as "on the brink of China\'s entry" (October 1950 in the common record).',
  caveatKind: 'period'
},

{id: 'relation-ussr-prc-strained-eve-of-entry-1950', type: 'relation',
  summary: 'On the eve of China\'s entry into the war the Soviet-Chinese relationship is in a state of disagreement',
  status: 'strained', start: '1950-10', end: '1950-10',
  parties: ['ussr', 'prc'],
  section: 'support',
  quote: 'the USSR and the PRC were in a state of disagreement on the brink of China\'s entry into the war',
  caveat: 'October 1950 (the Chinese crossing of the Yalu, common record) is our reading of "on the brink of China\'s entry".',
  caveatKind: 'period'
},

{id: 'flow-ussr-cpva-air-cover-1950-11', type: 'flow',
  summary: 'The Soviet air force enters the war on November 1, 1950, with one small air division of 100 planes, covering the rear of the CPVA',
  flowKind: 'troops', start: '1950-11-01',
  giver: 'soviet-64th-air-corps', receiver: 'cpva', dyads: ['prc/ussr', 'dprk/ussr'],
  amount: 100, unit: 'aircraft', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'The Soviet Air Force entered the war on November 1, 1950, with one small air division which consisted of 100 planes.',
  alsoNotes: [0],
  alsoQuotes: ['the Soviets started to provide air cover at the rear of the CPVA a week after the Chinese troops crossed the Yalu River.'],
  caveat: 'The body says "a week after" the Yalu crossing; the CPVA crossed on October 19, 1950 (common record), nearly two weeks before the note\'s November 1.',
  caveatKind: 'common-record'
},

{id: 'flow-ussr-korea-fighters-end-1950', type: 'flow',
  summary: 'By the end of 1950 the Soviets have 200 fighter jets at bases near the Sino-North Korean border',
  flowKind: 'troops', start: '1950-11-01', end: '1950-12',
  giver: 'soviet-64th-air-corps', receiver: 'cpva', dyads: ['prc/ussr', 'dprk/ussr'],
  amount: 200, unit: 'fighter jets', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'By the end of 1950, the numbers had climbed to 200 fighter jets stationed in bases near the Sino–North Korean border.',
  caveat: 'A strength reached by the end of 1950 that includes the first 100 planes (flow-ussr-cpva-air-cover-1950-11), not an additional 200.',
  caveatKind: 'interpretation'
},

{id: 'event-soviet-air-victories-1950-11', type: 'event',
  summary: 'In their first twelve days of combat in November 1950, Soviet airplanes down twenty-three American planes',
  eventKind: 'operation', start: '1950-11-01', end: '1950-11-15',
  tone: 'divergence',
  participants: ['soviet-64th-air-corps', 'us-forces'],
  amount: 23, unit: 'enemy aircraft downed', qualifier: 'exact',
  claimant: 'Mao Zedong', certainty: 'reported',
  section: 'support', note: 27,
  quote: 'Soviet airplanes engaged the American air force in the first days of November, downing twenty-three enemy airplanes in twelve days.',
  caveat: 'The twelve days are not dated; the period runs from the Soviet entry to Mao\'s telegram of November 15.',
  caveatKind: 'period'
},

{id: 'event-mao-telegram-stalin-1950-11-15', type: 'event',
  summary: 'Mao\'s telegram to Stalin confirms Soviet air combat with the Americans in early November',
  eventKind: 'statement', start: '1950-11-15',
  tone: 'neutral',
  participants: ['mao-zedong', 'stalin'], mentions: ['us-forces'],
  section: 'support', note: 27,
  quote: 'Mao\'s telegram to Stalin on November 15, 1950, confirms that Soviet airplanes engaged the American air force in the first days of November'
},

{id: 'flow-ussr-korea-air-divisions-1951-04', type: 'flow',
  summary: 'By April 1951 the Soviet air force in Korea, the 64th Air Corps, numbers three air divisions',
  flowKind: 'troops', start: '1950-11-01', end: '1951-04',
  giver: 'soviet-64th-air-corps', receiver: 'cpva', dyads: ['prc/ussr', 'dprk/ussr'],
  amount: 3, unit: 'air divisions', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'By April 1951, the Soviet air force consisted of three air divisions.',
  alsoNotes: [27],
  alsoQuotes: ['The Soviet 64th Air Corps consisted of three air divisions that engaged in numerous fights with the American air force in northwestern Korea'],
  caveat: 'A strength reached by April 1951, including the first division of November 1950.',
  caveatKind: 'interpretation'
},

{id: 'event-ussr-usa-air-war-mig-alley', type: 'event',
  summary: 'Soviet and American planes fight over northwestern Korea, "MiG Alley", until the very end of the war',
  eventKind: 'operation', start: '1950-11-01', end: '1953-07-27', place: 'MiG Alley, northwestern Korea',
  tone: 'divergence',
  participants: ['soviet-64th-air-corps', 'us-forces'],
  section: 'support', note: 27,
  quote: 'The air battles between the American and Soviet planes in North Korea continued until the very end of the war.'
},

{id: 'flow-prc-dprk-air-division-1951-01', type: 'flow',
  summary: 'The Chinese air force enters the war in January 1951 with one air division',
  flowKind: 'troops', start: '1951-01',
  giver: 'pla-air-force', receiver: 'dprk',
  amount: 1, unit: 'air divisions', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'The Chinese air force entered the war two months later, in January 1951, with one air division.',
  caveat: '"Two months later" follows a sentence about April 1951 but means two months after the Soviet entry of November 1950.',
  caveatKind: 'date'
},

{id: 'flow-prc-dprk-air-divisions-end-1952', type: 'flow',
  summary: 'By the end of 1952 the Chinese air force in Korea numbers seven air divisions flying MiG-15s',
  flowKind: 'troops', start: '1951-01', end: '1952-12',
  giver: 'pla-air-force', receiver: 'dprk',
  amount: 7, unit: 'air divisions', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'By the end of 1952 the Chinese Air Force in Korea numbered seven air divisions with MiG-15 fighter jets.',
  caveat: 'A strength reached by the end of 1952, including the first division of January 1951.',
  caveatKind: 'interpretation'
},

{id: 'event-kpa-air-force-destroyed-1950', type: 'event',
  summary: 'The KPA starts the war with 239 Second World War planes, and its air force is destroyed by the Americans within two months',
  eventKind: 'operation', start: '1950-06-25', end: '1950-08',
  tone: 'divergence',
  participants: ['us-forces', 'kpa-air-force'],
  amount: 239, unit: 'aircraft', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'The KPA started the war with 239 planes from the Second World War, but its air force was destroyed in just two months',
  alsoNotes: [27],
  alsoQuotes: ['at the start of the conflict by the superior American force.']
},

{id: 'flow-ussr-dprk-air-force-rebuilt-1952', type: 'flow',
  summary: 'With Soviet help the KPA rebuilds its air force, assembling one air division in early 1952',
  flowKind: 'arms', start: '1952-Q1',
  giver: 'ussr', receiver: 'kpa-air-force',
  amount: 1, unit: 'air divisions', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'The KPA reestablished its air force with Soviet help and assembled one air division in early 1952.',
  caveat: '"Early 1952" is taken as the first quarter. The amount is the strength of the rebuilt KPA air force, not a count of Soviet deliveries.',
  caveatKind: 'period'
},

{id: 'flow-ussr-dprk-air-divisions-end-1952', type: 'flow',
  summary: 'By the end of 1952 the KPA has three air divisions, mostly of MiG-15s',
  flowKind: 'arms', start: '1952-Q1', end: '1952-12',
  giver: 'ussr', receiver: 'kpa-air-force',
  amount: 3, unit: 'air divisions', qualifier: 'exact',
  section: 'support', note: 27,
  quote: 'the year the KPA had three air divisions composed mostly with MiG-15s.',
  caveat: 'A strength reached by the end of 1952, including the division of early 1952; the note does not say the MiG-15s came from the USSR, though the body credits Soviet jets and training.',
  caveatKind: 'interpretation'
},

{id: 'flow-ussr-prc-air-force-jets-training', type: 'flow',
  summary: 'During the war the Soviets strengthen the Chinese air force with fighter jets and training',
  flowKind: 'arms', start: '1950-11', end: '1953-07-27',
  giver: 'ussr', receiver: 'pla-air-force',
  section: 'support', note: 27,
  quote: 'the Soviets helped to strengthen the Chinese and North Korean air forces by providing fighter jets and training during the course of the war.',
  caveat: 'The article says "during the course of the war"; the start is taken as the Soviet entry into the air war.',
  caveatKind: 'period'
},

{id: 'flow-ussr-dprk-air-force-jets-training', type: 'flow',
  summary: 'During the war the Soviets strengthen the North Korean air force with fighter jets and training',
  flowKind: 'arms', start: '1950-11', end: '1953-07-27',
  giver: 'ussr', receiver: 'kpa-air-force',
  section: 'support', note: 27,
  quote: 'the Soviets helped to strengthen the Chinese and North Korean air forces by providing fighter jets and training during the course of the war.',
  caveat: 'The article says "during the course of the war"; the start is taken as the Soviet entry into the air war.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// Notes 28-31: Kim's reluctance to call in the Chinese; Soviet arms
// ---------------------------------------------------------------------------------------------

{id: 'dispute-dprk-prc-chinese-assistance-1950', type: 'dispute',
  summary: 'From June to October 1950 Kim is reluctant to accept Chinese help, a contentious issue among the allies; the Koreans prefer their own forces',
  topic: 'accepting Chinese military assistance', severity: 'major', start: '1950-06', end: '1950-10',
  parties: ['kim-il-sung', 'prc'], mentions: ['ussr'],
  section: 'support', note: 28,
  quote: 'Kim Il Sung\'s reluctance to accept Chinese assistance between June and October 1950 was a contentious issue among the allies.',
  alsoNotes: [28, 29],
  alsoQuotes: ['The Koreans, however, preferred to rely on their own forces and believed in their success.', 'Zhihua Shen points to Kim\'s excessive confidence in a favorable military outcome and to the long history of Chinese interventions in Korean affairs']
},

{id: 'relation-dprk-prc-reluctance-1950', type: 'relation',
  summary: 'In the war\'s first months Kim keeps the Chinese at arm\'s length and prefers Soviet support',
  status: 'cool', start: '1950-06-25', end: '1950-10',
  parties: ['dprk', 'prc'],
  certainty: 'speculated',
  section: 'support', note: 28,
  quote: 'Kim Il Sung\'s reluctance to accept Chinese assistance between June and October 1950 was a contentious issue among the allies.',
  caveat: 'The article calls them allies but shows Kim holding China off (informed two days late, help declined); read as cool, not a break.',
  caveatKind: 'interpretation'
},

{id: 'event-ussr-refuses-assist-dprk-un-advance-1950', type: 'event',
  summary: 'The Soviets refuse to assist North Korea as UN forces advance north, and only then does Kim seek direct Chinese intervention',
  eventKind: 'refusal', start: '1950-09', end: '1950-10',
  tone: 'divergence',
  participants: ['ussr', 'dprk'], mentions: ['unc', 'prc'],
  section: 'support', note: 28,
  quote: 'It was not until the Soviet refusal to assist North Korea during the advance north of UN forces that Kim decided',
  caveat: 'Undated in the article; the UN advance north followed the Inch\'ŏn landing of September 15, 1950.',
  caveatKind: 'period'
},

{id: 'event-kim-seeks-chinese-intervention-1950-10', type: 'event',
  summary: 'After the Soviet refusal Kim decides to seek direct Chinese involvement in the war',
  eventKind: 'decision', start: '1950-09', end: '1950-10',
  tone: 'integration',
  participants: ['kim-il-sung', 'prc'],
  section: 'support', note: 28,
  quote: 'Kim decided to seek direct Chinese involvement in the war.',
  caveat: 'Undated in the article; placed between the UN advance north and the Chinese entry of October 1950.',
  caveatKind: 'period'
},

{id: 'event-kim-tells-stalin-mao-promised-troops-1950-04', type: 'event',
  summary: 'Kim tells Stalin that Mao has promised to help the DPRK, troops included, once China\'s civil war is over',
  eventKind: 'statement', start: '1950-04',
  tone: 'integration',
  participants: ['kim-il-sung', 'stalin'], mentions: ['mao-zedong'], dyads: ['dprk/ussr', 'dprk/prc'],
  claimant: 'Kim Il Sung', certainty: 'reported',
  section: 'support', note: 28,
  quote: 'In April 1950, Kim told Stalin that Mao promised to help the DPRK, including sending troops, after the civil war in China was complete.'
},

// Note 30
{id: 'event-stalin-opposes-chinese-troops-1950', type: 'event',
  summary: 'From June to October 1950 Stalin opposes sending Chinese or other foreign troops to Korea, seeing Chinese entry as a last resort; Kim goes along',
  eventKind: 'refusal', start: '1950-06', end: '1950-10',
  tone: 'divergence',
  participants: ['stalin', 'kim-il-sung'], mentions: ['prc'], dyads: ['prc/ussr', 'dprk/ussr'],
  section: 'support', note: 30,
  quote: 'Stalin had opposed the dispatch of Chinese or other international troops to Korea between June and October 1950, so Kim had agreed with Stalin\'s stance.',
  alsoNotes: [30],
  alsoQuotes: ['Stalin was concerned that Chinese entry into the war would complicate the situation in East Asia']
},

{id: 'dispute-ussr-prc-competition-korea-1950', type: 'dispute',
  summary: 'Stalin\'s and Mao\'s maneuvering over Korea can be read as an early sign of Sino-Soviet rivalry there; Stalin was probably loath to share influence in the North',
  topic: 'influence over North Korea', severity: 'minor', start: '1950-04', end: '1950-10',
  parties: ['stalin', 'mao-zedong'], mentions: ['dprk'],
  certainty: 'speculated',
  section: 'support',
  quote: 'can be interpreted as one of the first signs of Sino-Soviet competition over the peninsula.',
  alsoNotes: [0],
  alsoQuotes: ['he probably was not initially inclined to share Soviet influence in North Korea with the Chinese.'],
  caveat: 'Undated in the article; the period runs from the Moscow talks to the Chinese entry.',
  caveatKind: 'period'
},

{id: 'flow-ussr-kpa-t34-tanks-1950', type: 'flow',
  summary: 'Soviet T-34 tanks give the KPA a five-to-one superiority over the ROK army in offensive capability, critical to the first phase of the offensive',
  flowKind: 'arms', start: '1949', end: '1950-06-24',
  giver: 'ussr', receiver: 'kpa', mentions: ['rok-army'],
  section: 'support',
  quote: 'The Soviet delivery of T-34 tanks, for example, allowed significant KPA superiority (five to one ratio) over the ROK army in offensive capabilities',
  caveat: 'The article gives neither the date nor the number of tanks; the period is the preparation for the attack. The ratio has no field of its own.',
  caveatKind: 'period'
},

// Note 31: Soviet deliveries of March 1950 (the total and its itemized parts)
{id: 'flow-ussr-dprk-arms-1950-03', type: 'flow',
  summary: 'In March 1950, preparing the attack on the South, the USSR delivers a large amount of weapons to the DPRK',
  flowKind: 'arms', start: '1950-03',
  giver: 'ussr', receiver: 'dprk',
  aggregateOf: ['flow-ussr-dprk-il10-1950-03', 'flow-ussr-dprk-yak9p-1950-03', 'flow-ussr-dprk-howitzers-1950-03', 'flow-ussr-dprk-rifles-1950-03', 'flow-ussr-dprk-machine-guns-1950-03'],
  section: 'support', note: 31,
  quote: 'the Soviet Union delivered a large amount of weapons to the DPRK in March 1950.',
  caveat: 'The itemized parts do not exhaust the total: note 31 adds "and other weapons".',
  caveatKind: 'arithmetic'
},

{id: 'flow-ussr-dprk-il10-1950-03', type: 'flow',
  summary: 'The March 1950 Soviet deliveries include forty Il-10 ground attack airplanes',
  flowKind: 'arms', start: '1950-03',
  giver: 'ussr', receiver: 'dprk',
  amount: 40, unit: 'Il-10 ground attack aircraft', qualifier: 'exact',
  section: 'support', note: 31,
  quote: 'The Soviet supplies in March 1950 included forty ground attack Il-10 airplanes'
},

{id: 'flow-ussr-dprk-yak9p-1950-03', type: 'flow',
  summary: 'The March 1950 Soviet deliveries include ten single-engine Yak-9p planes',
  flowKind: 'arms', start: '1950-03',
  giver: 'ussr', receiver: 'dprk',
  amount: 10, unit: 'Yak-9p aircraft', qualifier: 'exact',
  section: 'support', note: 31,
  quote: 'ten single engine Yak-9p planes'
},

{id: 'flow-ussr-dprk-howitzers-1950-03', type: 'flow',
  summary: 'The March 1950 Soviet deliveries include forty-two howitzers',
  flowKind: 'arms', start: '1950-03',
  giver: 'ussr', receiver: 'dprk',
  amount: 42, unit: 'howitzers', qualifier: 'exact',
  section: 'support', note: 31,
  quote: 'forty-two howitzers, 22,000 rifles, 19,638 machine guns, and other weapons.'
},

{id: 'flow-ussr-dprk-rifles-1950-03', type: 'flow',
  summary: 'The March 1950 Soviet deliveries include 22,000 rifles',
  flowKind: 'arms', start: '1950-03',
  giver: 'ussr', receiver: 'dprk',
  amount: 22000, unit: 'rifles', qualifier: 'exact',
  section: 'support', note: 31,
  quote: 'forty-two howitzers, 22,000 rifles, 19,638 machine guns, and other weapons.'
},

{id: 'flow-ussr-dprk-machine-guns-1950-03', type: 'flow',
  summary: 'The March 1950 Soviet deliveries include 19,638 machine guns',
  flowKind: 'arms', start: '1950-03',
  giver: 'ussr', receiver: 'dprk',
  amount: 19638, unit: 'machine guns', qualifier: 'exact',
  section: 'support', note: 31,
  quote: 'forty-two howitzers, 22,000 rifles, 19,638 machine guns, and other weapons.'
},

// ---------------------------------------------------------------------------------------------
// Notes 32-33: China saves the regime; Inch'ŏn; the unified command
// ---------------------------------------------------------------------------------------------

{id: 'flow-prc-dprk-cpva-entry-1950', type: 'flow',
  summary: 'The Chinese People\'s Volunteers enter the war and save the North Korean regime, raising China\'s influence over the North Korean leadership',
  flowKind: 'troops', start: '1950-10',
  giver: 'cpva', receiver: 'dprk',
  section: 'support', note: 32,
  quote: 'Chinese involvement was critical in saving the North Korean regime',
  alsoNotes: [0],
  alsoQuotes: ['China\'s influence over the North Korean leadership increased as a result of CPVA\'s entry in the war.'],
  caveat: 'The article does not date the crossing of the Yalu here; October 1950 (October 19) is the common record.',
  caveatKind: 'period'
},

{id: 'relation-dprk-prc-wartime-alliance-1950', type: 'relation',
  summary: 'The wartime Sino-North Korean alliance is rougher than it looks: sudden dependence and a legacy of unequal relations burden it',
  status: 'allied', start: '1950-10', end: '1951-06',
  parties: ['dprk', 'prc'],
  section: 'support', note: 32,
  quote: 'the Sino-North Korean alliance was not as smooth as it might have appeared on the surface.',
  alsoNotes: [32],
  alsoQuotes: ['North Korea\'s sudden and overwhelming dependency on China and historical legacy of unequal relations burdened the relations between the two allies.'],
  caveat: 'The article calls the two states allies and the alliance rough; "allied" records the alliance, and its frictions are the dispute facts of 1950-1951. The period runs from the Chinese entry to June 1951, where the armistice section\'s judgments take over.',
  caveatKind: 'interpretation'
},

{id: 'event-mao-declines-interfere-dprk-1950', type: 'event',
  summary: 'Despite China\'s military preeminence its officials have little political influence in the North, partly because Mao will not meddle in DPRK internal affairs',
  eventKind: 'refusal', start: '1950-10', end: '1953-07-27',
  tone: 'neutral',
  participants: ['mao-zedong'], mentions: ['dprk'], dyads: ['dprk/prc'],
  section: 'support', note: 32,
  quote: 'Chinese officials had limited political influence over North Korea, partially because Mao was reluctant to interfere in the internal affairs of the DPRK.',
  caveat: 'The article judges this for the war without dates; the period runs from the Chinese entry to the Armistice.',
  caveatKind: 'period'
},

{id: 'event-pak-ilu-pak-honyong-ask-mao-replace-kim-1950', type: 'event',
  summary: 'According to Chinese sources, after Inch\'ŏn Pak Ilu and Pak Hŏnyŏng go to Beijing and ask Mao to send troops and replace Kim Il Sung',
  eventKind: 'visit', start: '1950-09', end: '1950-10', place: 'Beijing',
  tone: 'neutral',
  participants: ['pak-ilu', 'pak-honyong', 'mao-zedong'], mentions: ['kim-il-sung', 'kwp'],
  claimant: 'Chinese sources', certainty: 'reported',
  section: 'support', note: 32,
  quote: 'Pak Ilu and Pak Hŏnyŏng visited Beijing and asked Mao to send troops and replace Kim Il Sung.',
  alsoNotes: [32],
  alsoQuotes: ['Some Chinese sources indicate that internal opposition within the KWP tried to depose of Kim Il Sung with Chinese help'],
  caveat: 'The note dates the visit only "after the Inch\'ŏn landing" (September 15, 1950); the end is the Chinese entry.',
  caveatKind: 'period'
},

{id: 'event-mao-refuses-replace-kim-1950', type: 'event',
  summary: 'According to Chinese sources, Mao rejects the request to replace Kim, not wishing to interfere in the North Korean leadership\'s affairs',
  eventKind: 'refusal', start: '1950-09', end: '1950-10',
  tone: 'neutral',
  participants: ['mao-zedong', 'pak-ilu', 'pak-honyong'], mentions: ['kim-il-sung'],
  claimant: 'Chinese sources', certainty: 'reported',
  section: 'support', note: 32,
  quote: 'Mao responded negatively, stating that he did not want to interfere with the internal affairs of the North Korean leadership.'
},

{id: 'event-inchon-landing-1950-09-15', type: 'event',
  summary: 'UN forces land at Inch\'ŏn; the battered KPA cannot stop their advance north',
  eventKind: 'operation', start: '1950-09-15', place: 'Inch\'ŏn',
  tone: 'divergence',
  participants: ['unc', 'us-forces', 'kpa'], dyads: ['dprk/unc', 'dprk/usa'],
  section: 'support', note: 33,
  quote: 'The KPA was badly battered and unable to stop the northward advancement of the UN forces after their landing in Inch\'ŏn on September 15, 1950'
},

{id: 'relation-dprk-usa-war-1950', type: 'relation',
  summary: 'North Korea and the United States are at war; American air power destroys the KPA air force within two months',
  status: 'hostile', start: '1950-06-25', end: '1951-06',
  parties: ['dprk', 'usa'],
  section: 'support', note: 27,
  quote: 'its air force was destroyed in just two months at the start of the conflict by the superior American force.',
  caveat: 'The Americans entered the fighting two days after the attack (common record); the period stops at June 1951, where the armistice section takes over.',
  caveatKind: 'period'
},

{id: 'relation-dprk-unc-war-1950', type: 'relation',
  summary: 'North Korea is at war with the UN forces, whose landing at Inch\'ŏn breaks the KPA',
  status: 'hostile', start: '1950-07', end: '1951-06',
  parties: ['dprk', 'unc'],
  section: 'support', note: 33,
  quote: 'unable to stop the northward advancement of the UN forces after their landing in Inch\'ŏn on September 15, 1950',
  caveat: 'The UN Command was set up on July 7, 1950 (common record), so the relation starts then, not on June 25; the period stops at June 1951, where the armistice section takes over.',
  caveatKind: 'common-record'
},

{id: 'event-kpa-integrated-cpva-command-1950-11', type: 'event',
  summary: 'To regroup and keep fighting, the North Korean forces are integrated into the overall CPVA command after November 1950',
  eventKind: 'decision', start: '1950-11', end: '1950-12',
  tone: 'integration',
  participants: ['kpa', 'cpva'],
  section: 'support', note: 33,
  quote: 'the North Korean forces had to be integrated, to Kim Il Sung\'s chagrin, into the overall CPVA command',
  caveat: 'The article says "after November 1950"; the integration was settled in December 1950 (note 33).',
  caveatKind: 'period'
},

{id: 'dispute-dprk-prc-unified-command-1950', type: 'dispute',
  summary: 'Kim resents having to place his forces under the CPVA command',
  topic: 'unified command', severity: 'minor', start: '1950-11', end: '1950-12',
  parties: ['kim-il-sung', 'cpva'],
  section: 'support', note: 33,
  quote: 'the North Korean forces had to be integrated, to Kim Il Sung\'s chagrin, into the overall CPVA command'
},

{id: 'event-stalin-endorses-unified-command-1950', type: 'event',
  summary: 'Stalin endorses Mao\'s plan for a unified command',
  eventKind: 'decision', start: '1950-11', end: '1950-12',
  tone: 'integration',
  participants: ['stalin', 'mao-zedong'], mentions: ['dprk'], dyads: ['prc/ussr', 'dprk/ussr'],
  section: 'support', note: 33,
  quote: 'Stalin endorsed Mao\'s plan for a unified command.',
  caveat: 'Undated in the article; placed between the integration "after November 1950" and the Kim-Mao meeting of early December.',
  caveatKind: 'period'
},

{id: 'event-kim-mao-beijing-meeting-1950-12', type: 'event',
  summary: 'Kim meets Mao in Beijing in early December 1950 to work out a Sino-North Korean command structure',
  eventKind: 'meeting', start: '1950-12', place: 'Beijing',
  tone: 'integration',
  participants: ['kim-il-sung', 'mao-zedong'],
  section: 'support', note: 33,
  quote: 'Kim met Mao in Beijing in early December 1950 and the two sides started to work out the details for a Sino-North Korean command structure.'
},

{id: 'treaty-prc-dprk-joint-command-1950', type: 'treaty',
  summary: 'Zhou Enlai drafts the Sino-Korean agreement establishing a Sino-North Korean Joint Headquarters (Joint Command)',
  name: 'Sino-Korean Bilateral Agreement regarding the Establishment of Sino-Korean Joint Command', start: '1950-12-08', end: '1953-07-27',
  obligations: ['joint-command'],
  terms: 'A Sino-Korean Joint Command over the CPVA and the KPA, with a Chinese commander and political commissar and Korean deputies',
  parties: ['prc', 'dprk'], mentions: ['zhou-enlai', 'joint-command', 'cpva', 'kpa'],
  section: 'support', note: 33,
  quote: 'Draft Agreement by the Party Central Committee on Establishing a Sino–North Korea Joint Headquarters, December 8, 1950.',
  alsoNotes: [33],
  alsoQuotes: ['Zhou Enlai drafted "Sino-Korean Bilateral Agreement regarding the Establishment of Sino-Korean Joint Command."'],
  caveat: 'The note cites only the draft of December 8, 1950, with no signing date, so none is given; the end (the Armistice) is ours.',
  caveatKind: 'period'
},

{id: 'role-peng-dehuai-commander-joint-command', type: 'role',
  summary: 'On Mao\'s recommendation Peng Dehuai is commander and political commissar of the unified CPVA-KPA command',
  office: 'Commander and political commissar, Sino-Korean Joint Command', start: '1950-12', end: '1951-01',
  holder: 'peng-dehuai', organization: 'joint-command', host: 'dprk',
  section: 'support', note: 33,
  quote: 'Mao recommended Peng to be commander and political commissioner',
  alsoNotes: [34],
  alsoQuotes: ['Peng Dehuai, the commander of the unified CPVA-KPA command'],
  caveat: 'The section shows him in the post from the December 1950 agreement to January 1951; the note says "political commissioner" for commissar.',
  caveatKind: 'period'
},

{id: 'role-kim-ung-vice-commander-joint-command', type: 'role',
  summary: 'On Kim Il Sung\'s recommendation Kim Ŭng becomes vice commander of the Joint Command',
  office: 'Vice commander, Sino-Korean Joint Command', start: '1950-12', end: '1953-07-27',
  holder: 'kim-ung', organization: 'joint-command', host: 'dprk',
  section: 'support', note: 33,
  quote: 'Kim Il Sung recommended Kim Ŭng as vice commander and Pak Ilu as vice political commissioner.',
  caveat: 'The note gives the recommendation (December 1950) and no term.',
  caveatKind: 'period'
},

{id: 'role-pak-ilu-vice-political-commissar-joint-command', type: 'role',
  summary: 'On Kim Il Sung\'s recommendation Pak Ilu becomes vice political commissar of the Joint Command',
  office: 'Vice political commissar, Sino-Korean Joint Command', start: '1950-12', end: '1953-07-27',
  holder: 'pak-ilu', organization: 'joint-command', host: 'dprk',
  section: 'support', note: 33,
  quote: 'Kim Il Sung recommended Kim Ŭng as vice commander and Pak Ilu as vice political commissioner.',
  caveat: 'The note gives the recommendation (December 1950) and no term; it writes "political commissioner" for commissar.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// Notes 34-35: the "southward" strategy dispute, January 1951; the UN cease-fire proposal
// ---------------------------------------------------------------------------------------------

{id: 'event-third-phase-offensive-1950-12-31', type: 'event',
  summary: 'The Chinese and North Korean Third Phase Offensive opens on New Year\'s Eve and retakes Seoul on January 4, 1951',
  eventKind: 'operation', start: '1950-12-31', end: '1951-01-08',
  tone: 'divergence',
  participants: ['cpva', 'kpa', 'unc'], mentions: ['rok'],
  dyads: ['prc/unc', 'dprk/unc', 'prc/usa', 'dprk/usa'],
  section: 'support', note: 34,
  quote: 'the Third Phase Offensive, which started on New Year’s Eve and led to the recapture of Seoul on January 4, 1951.'
},

{id: 'event-seoul-recaptured-1951-01-04', type: 'event',
  summary: 'Chinese and North Korean forces recapture Seoul',
  eventKind: 'operation', start: '1951-01-04', place: 'Seoul',
  tone: 'divergence',
  participants: ['cpva', 'kpa', 'unc'], mentions: ['rok'],
  dyads: ['prc/unc', 'dprk/unc', 'dprk/rok'],
  section: 'support', note: 34,
  quote: 'led to the recapture of Seoul on January 4, 1951.'
},

{id: 'event-peng-halts-offensive-1951-01-08', type: 'event',
  summary: 'Peng Dehuai halts the offensive four days after Seoul falls and insists on two months\' rest for the exhausted troops',
  eventKind: 'decision', start: '1951-01-08',
  tone: 'divergence',
  participants: ['peng-dehuai'], mentions: ['cpva', 'kpa', 'kim-il-sung'], dyads: ['dprk/prc'],
  section: 'support', note: 34,
  quote: 'insisted on a two-month rest for the exhausted Chinese and North Korean troops after Peng halted the offensive four days later on January 8, 1951.'
},

{id: 'dispute-dprk-prc-southward-strategy-1951', type: 'dispute',
  summary: 'The first major Sino-North Korean dispute: Kim wants an immediate advance south, Peng a two-month pause',
  topic: 'southward strategy after the Third Phase Offensive', severity: 'major', start: '1951-01', end: '1951-01',
  parties: ['kim-il-sung', 'peng-dehuai'], mentions: ['pak-honyong'],
  section: 'support', note: 34,
  quote: 'The first major dispute between the two allies emerged over the “southward” strategy in early January',
  alsoNotes: [34],
  alsoQuotes: ['Kim Il Sung advocated an immediate advance south, while Peng Dehuai, the commander of the unified CPVA-KPA command, insisted on a two-month rest']
},

{id: 'event-mao-stalin-press-kim-1951-01', type: 'event',
  summary: 'Mao and Stalin weigh in to persuade Kim to back down on the southward advance',
  eventKind: 'statement', start: '1951-01', end: '1951-01',
  tone: 'divergence',
  participants: ['mao-zedong', 'stalin', 'kim-il-sung'], dyads: ['dprk/prc', 'dprk/ussr'],
  section: 'support', note: 34,
  quote: 'Mao and Stalin had to weigh in to persuade Kim to step back.'
},

{id: 'event-fourth-phase-offensive-1951-02', type: 'event',
  summary: 'The Fourth Phase Offensive starts in mid-February 1951 after more than a month\'s pause',
  eventKind: 'operation', start: '1951-02',
  tone: 'divergence',
  participants: ['cpva', 'kpa', 'unc'],
  dyads: ['prc/unc', 'dprk/unc', 'prc/usa', 'dprk/usa'],
  section: 'support', note: 34,
  quote: 'The Fourth Phase Offensive started in mid-February 1951 after more than a month pause in military operations.'
},

{id: 'event-kim-peng-meeting-1951-01-10', type: 'event',
  summary: 'At a meeting with Peng, Kim asks that three armies continue south while the rest rest a month; Pak Hŏnyŏng backs him',
  eventKind: 'meeting', start: '1951-01-10',
  tone: 'divergence',
  participants: ['kim-il-sung', 'peng-dehuai', 'pak-honyong'],
  section: 'support', note: 35,
  quote: 'In a meeting with Peng Dehuai on January 10, 1951, Kim Il Sung wanted three armies to continue southward advancement',
  alsoNotes: [35],
  alsoQuotes: ['Kim continued to press his case with the help of Pak Hŏnyŏng.']
},

{id: 'event-stalin-telegram-cpva-north-of-parallel-1951-01', type: 'event',
  summary: 'A Stalin telegram, shown by Peng to Kim, suggests the CPVA stay north of the 38th parallel to avoid international blame while the KPA advances',
  eventKind: 'statement', start: '1951-01', end: '1951-01-10',
  tone: 'integration',
  participants: ['stalin', 'peng-dehuai'], mentions: ['kim-il-sung', 'cpva', 'kpa'], dyads: ['prc/ussr', 'dprk/ussr'],
  section: 'support', note: 35,
  quote: 'Peng showed Kim Stalin’s telegram in which Stalin suggested the CPVA remain north of the thirty-eighth parallel to avoid international blame',
  caveat: 'The telegram is undated; it was shown on January 10, 1951.',
  caveatKind: 'period'
},

{id: 'event-peng-refuses-kim-southward-1951-01-10', type: 'event',
  summary: 'Peng flatly refuses: the CPVA needs at least two months\' rest, and he dares Kim to dismiss him',
  eventKind: 'refusal', start: '1951-01-10',
  tone: 'divergence',
  participants: ['peng-dehuai', 'kim-il-sung'],
  section: 'support', note: 35,
  quote: 'The CPVA needs two months to rest and re-group—not a day less.',
  alsoNotes: [35, 35],
  alsoQuotes: ['Without considerable preparations, not a single division is going to the south.', 'If you think I am not doing my job, you can fire me, court-marshal me, or even kill me.'],
  caveat: 'The quoted translation writes "court-marshal" for court-martial.',
  caveatKind: 'spelling'
},

{id: 'dispute-dprk-prc-halt-at-parallel-suspicion-1951', type: 'dispute',
  summary: 'North Korean officials suspect China wants to stop at the 38th parallel rather than "liberate" the whole peninsula; Kim presses his ally for victory',
  topic: 'war aims: the 38th parallel or full liberation', severity: 'major', start: '1951-01', end: '1951-01',
  parties: ['dprk', 'prc'],
  section: 'support', note: 35,
  quote: 'This disagreement led North Korean officials to suspect that the Chinese wanted to halt the war at the thirty-eighth parallel',
  alsoNotes: [0],
  alsoQuotes: ['Kim put pressure on his main military ally, just as Rhee did in the South, for a conclusion to the war.']
},

{id: 'dispute-rok-usa-rhee-pressure-1951', type: 'dispute',
  summary: 'Like Kim in the North, Syngman Rhee presses his main military ally for a conclusion to the war',
  topic: 'conduct and conclusion of the war', severity: 'minor', start: '1951-01', end: '1951-01',
  parties: ['syngman-rhee', 'usa'],
  section: 'support',
  quote: 'Kim put pressure on his main military ally, just as Rhee did in the South, for a conclusion to the war.',
  caveat: 'The article gives Rhee\'s pressure no date; it is set at the moment of the comparison. His ally is not named; the United States is our reading.',
  caveatKind: 'period'
},

{id: 'event-un-ceasefire-proposal-1951-01-13', type: 'event',
  summary: 'The UN proposes a cease-fire, which the United States reluctantly accepts',
  eventKind: 'decision', start: '1951-01-13',
  tone: 'neutral',
  participants: ['un', 'usa'], mentions: ['prc', 'dprk'], dyads: ['prc/un', 'prc/usa'],
  section: 'support',
  quote: 'the UN proposal for a cease-fire on January 13, 1951, which the United States had reluctantly accepted',
  caveat: 'A proposal that China rejected (event-prc-rejects-un-ceasefire-1951-01) brought the adversaries no closer: neutral, not integration.',
  caveatKind: 'interpretation'
},

{id: 'event-prc-rejects-un-ceasefire-1951-01', type: 'event',
  summary: 'China rejects the UN cease-fire proposal of January 13, 1951, demanding UN representation as a condition for negotiations',
  eventKind: 'refusal', start: '1951-01-13', end: '1951-01',
  recordStart: '1951-01-17', recordEnd: '1951-01-17',
  tone: 'divergence',
  participants: ['prc', 'un'], mentions: ['usa', 'roc'],
  section: 'support',
  quote: 'because the PRC demanded UN representation as a condition for negotiations.',
  caveat: 'The article dates the proposal, not the rejection (January 17, 1951, in the common record).',
  caveatKind: 'date'
},

{id: 'dispute-prc-usa-drive-us-out-of-korea-1951', type: 'dispute',
  summary: 'One can speculate that China rejected the cease-fire out of commitment to driving American forces off the peninsula, in harmony with North Korean aims',
  topic: 'American military presence in Korea', severity: 'severe', start: '1951-01',
  parties: ['prc', 'usa'], mentions: ['dprk'],
  certainty: 'speculated',
  section: 'support',
  quote: 'was an indication of China’s commitment to the strategic goal of driving American forces out of the peninsula.'
},

{id: 'dispute-prc-un-representation-taiwan-1951', type: 'dispute',
  summary: 'The Chinese rejection seems linked mainly to Taiwan, since the PRC demands UN representation before any negotiations',
  topic: 'UN representation and Taiwan', severity: 'major', start: '1951-01',
  parties: ['prc', 'un'], mentions: ['roc', 'usa'],
  certainty: 'speculated',
  section: 'support',
  quote: 'it seemed that the Chinese rejection was linked mainly to Taiwan, because the PRC demanded UN representation as a condition for negotiations.'
},

{id: 'relation-prc-usa-war-1950', type: 'relation',
  summary: 'From its entry into the war China fights the United States in Korea',
  status: 'hostile', start: '1950-10', end: '1951-06',
  parties: ['prc', 'usa'],
  section: 'support', note: 27,
  quote: 'Despite Stalin\'s lack of commitment for full air-support in order to avoid direct Soviet confrontation with the United States, Mao decided to enter the war.',
  caveat: 'The article does not date the Chinese entry (October 1950, common record); the period stops at June 1951, where the armistice section takes over.',
  caveatKind: 'period'
},

{id: 'relation-prc-unc-war-1950', type: 'relation',
  summary: 'From October 1950 Chinese forces fight the UN Command, retaking Seoul in January 1951',
  status: 'hostile', start: '1950-10', end: '1951-06',
  parties: ['prc', 'unc'],
  section: 'support', note: 34,
  quote: 'the Third Phase Offensive, which started on New Year’s Eve and led to the recapture of Seoul on January 4, 1951.',
  caveat: 'The article does not date the Chinese entry (October 1950, common record); the period stops at June 1951, where the armistice section takes over.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// Notes 36-39: talking while fighting; Pak Hŏnyŏng; offensives and defense
// ---------------------------------------------------------------------------------------------
// (The Zhou-Stalin meeting of August 20, 1952 of note 38 is event-stalin-zhou-moscow-talks-1952
// in 40-armistice-1951-1953.cypher; here only the disputes it settled.)

{id: 'event-ussr-ceasefire-initiative-1951', type: 'event',
  summary: 'A Soviet cease-fire initiative helps move China and North Korea toward negotiations',
  eventKind: 'statement', start: '1951-06', end: '1951-07',
  tone: 'integration',
  participants: ['ussr'], mentions: ['prc', 'dprk'], dyads: ['prc/ussr', 'dprk/ussr'],
  section: 'support', note: 36,
  quote: 'In a change of tactics partly influenced by a Soviet cease-fire initiative',
  caveat: 'The article does not date the initiative; Jacob Malik\'s UN proposal of June 23, 1951 (common record) fits.',
  caveatKind: 'period'
},

{id: 'event-prc-dprk-accept-ridgway-proposal-1951-07', type: 'event',
  summary: 'China and North Korea respond positively to Ridgway\'s cease-fire proposal and decide to end the war through negotiations, "talking while fighting"',
  eventKind: 'decision', start: '1951-07',
  tone: 'integration',
  participants: ['prc', 'dprk', 'ridgway'], dyads: ['prc/unc', 'dprk/unc', 'dprk/prc'],
  section: 'support', note: 36,
  quote: 'in July 1951 China and North Korea responded positively to UN Commander Matthew Ridgeway’s cease-fire proposal',
  alsoNotes: [36],
  alsoQuotes: ['The two allies decided to end the war through negotiations.'],
  caveat: 'The article spells the general "Ridgeway"; he is Matthew Ridgway.',
  caveatKind: 'spelling'
},

{id: 'role-ridgway-un-commander', type: 'role',
  summary: 'Matthew Ridgway is the UN Commander',
  office: 'Commander, United Nations Command', start: '1951-07', end: '1951-07',
  recordStart: '1951-04', recordEnd: '1952-05',
  holder: 'ridgway', organization: 'unc',
  section: 'support', note: 36,
  quote: 'UN Commander Matthew Ridgeway’s cease-fire proposal',
  caveat: 'Spelled "Ridgeway" in the article. It shows him in office only in July 1951 (April 1951 to May 1952 in the common record).',
  caveatKind: 'spelling'
},

{id: 'dispute-dprk-prc-negotiation-strategy-1951', type: 'dispute',
  summary: 'Tensions arise between the allies over how to pursue the negotiated end of the war',
  topic: 'strategy of talking while fighting', severity: 'minor', start: '1951-07', end: '1952',
  parties: ['dprk', 'prc'],
  section: 'support', note: 37,
  quote: 'Tensions arose, however, on how to pursue this strategy.',
  caveat: 'Undated beyond following July 1951; the end is set by the document of February 1952 that note 37 cites for the example given.',
  caveatKind: 'period'
},

{id: 'event-pak-honyong-peace-statement-to-peng', type: 'event',
  summary: 'Pak Hŏnyŏng tells Peng the Korean people want peace, though the KWP can hold on if Moscow and Beijing want the war continued; not the official line, perhaps a plea for aid',
  eventKind: 'statement', start: '1951-01',
  tone: 'divergence',
  participants: ['pak-honyong', 'peng-dehuai'], mentions: ['kwp-cc', 'ussr'],
  section: 'support', note: 37,
  quote: 'Korean people throughout the country require peace and don’t want to continue the war.',
  alsoNotes: [37, 0],
  alsoQuotes: ['Encryption No. 16239, February 8, 1952', 'his statement might have been a way to ask for more assistance. It also reflected the mood among the North Korean leadership.'],
  caveat: 'The body dates the statement "in January 1951" and places it after July 1951, while note 37 cites a document of February 8, 1952, probably the true date; the note also writes "APRE" for APRF.',
  caveatKind: 'date'
},

{id: 'role-pak-honyong-foreign-minister', type: 'role',
  summary: 'Pak Hŏnyŏng is the DPRK Foreign Minister',
  office: 'Foreign Minister of the DPRK', start: '1951-01', end: '1951-01',
  recordStart: '1948', recordEnd: '1953',
  holder: 'pak-honyong', organization: 'dprk', host: 'dprk',
  section: 'support', note: 37,
  quote: 'DPRK Foreign Minister Pak Hŏnyŏng told Peng Dehuai in January 1951',
  caveat: 'The article names the office only at this statement, whose date is itself uncertain (January 1951 in the body, February 1952 in note 37); he held it from 1948 to 1953 in the common record.',
  caveatKind: 'period'
},

{id: 'dispute-dprk-prc-new-offensive-1952', type: 'dispute',
  summary: 'In the summer of 1952 the North Koreans want a new offensive, which the Chinese command feels unable to launch; Stalin rules out any offensive during the talks',
  topic: 'a new offensive during the armistice talks', severity: 'major', start: '1952-summer', end: '1952-08-20',
  parties: ['dprk', 'cpva'], mentions: ['stalin', 'zhou-enlai'],
  section: 'support', note: 38,
  quote: 'Zhou informed Stalin that the North Koreans wanted a new offensive but that the Chinese command did not feel they could launch such an attack.',
  alsoNotes: [38, 38],
  alsoQuotes: ['Stalin agreed and said that during the Armistice negotiations there should neither be a strategic nor a tactical offensive.', 'a more aggressive campaign south, as advocated by the regime in early January 1951 and in the summer of 1952']
},

{id: 'event-stalin-refuses-bombing-south-1952-08-20', type: 'event',
  summary: 'Stalin rejects the North Korean request, passed on by a doubtful Zhou, to bomb South Korea: the Chinese volunteers cannot use state aviation',
  eventKind: 'refusal', start: '1952-08-20',
  tone: 'divergence',
  participants: ['stalin', 'zhou-enlai'], mentions: ['dprk', 'rok', 'cpva'], dyads: ['dprk/ussr', 'prc/ussr'],
  section: 'support', note: 38,
  quote: 'Stalin opposed bombing the South, arguing that aviation was a state asset and that "the Chinese volunteers could not use state aviation."',
  alsoNotes: [38],
  alsoQuotes: ['Zhou also conveyed a request from the North Korean leadership to bomb South Korea']
},

{id: 'event-kim-alternating-offensive-or-peace-1951', type: 'event',
  summary: 'Kim backs either a more aggressive push south or a cease-fire and peace, stated more than once after July 1951; passive defense is unacceptable to him',
  eventKind: 'statement', start: '1951-07', end: '1953-07-27',
  tone: 'divergence',
  participants: ['kim-il-sung'], mentions: ['prc'], dyads: ['dprk/prc'],
  section: 'support', note: 39,
  quote: 'a cease-fire and peace, stated more than once after July 1951. Passive defense was unacceptable',
  caveat: 'The article gives no end to these statements; the Armistice closes the period.',
  caveatKind: 'period'
},

{id: 'event-us-counteroffensive-1951-spring', type: 'event',
  summary: 'US forces start their counteroffensive in the spring of 1951',
  eventKind: 'operation', start: '1951-spring',
  tone: 'divergence',
  participants: ['us-forces', 'cpva', 'kpa'], dyads: ['prc/usa', 'dprk/usa'],
  section: 'support', note: 39,
  quote: 'In the spring of 1951, when US forces started their counteroffensive'
},

{id: 'dispute-dprk-prc-positive-defense-1951', type: 'dispute',
  summary: 'In the spring of 1951 the Chinese command favors a regrouping "positive defense" while Kim wants a serious counteroffensive',
  topic: 'positive defense or counteroffensive', severity: 'major', start: '1951-spring',
  parties: ['cpva', 'kim-il-sung'],
  section: 'support', note: 39,
  quote: 'the Chinese military leadership in Korea was inclined to pursue a “positive defense” designed to regroup its forces, while Kim wanted to organize'
},

// ---------------------------------------------------------------------------------------------
// Notes 40-41: the railway dispute and its joint commands; Moscow and Beijing against the North
// ---------------------------------------------------------------------------------------------

{id: 'dispute-dprk-prc-railway-management-1951', type: 'dispute',
  summary: 'The Chinese military want to control the northern railways and put military supplies first; the North Koreans resist, and months of talks follow',
  topic: 'management of the railway system', severity: 'major', start: '1951', end: '1951-11',
  parties: ['dprk', 'cpva'], mentions: ['peng-dehuai'],
  section: 'support', note: 40,
  quote: 'Chinese military officials wanted to control the railway network, giving priority to military supplies over civilian ones',
  alsoNotes: [40, 40],
  alsoQuotes: ['the North Koreans opposed Chinese military control of the railway system.', 'forced the North Koreans to accept their views, left a shadow on the heart of Kim Il Sung.'],
  caveat: 'The article dates only the outcome (August and November 1951); the talks "lasted for months", so the start is the year only.',
  caveatKind: 'period'
},

{id: 'treaty-prc-dprk-joint-railway-command-1951', type: 'treaty',
  summary: 'The railway talks result in the Sino-Korean Joint Railway Transportation Command, set up in Shenyang on August 1, 1951',
  name: 'Sino-Korean Joint Railway Transportation Command', signed: '1951-08-01', start: '1951-08-01', end: '1953-07-27',
  obligations: ['joint-command'],
  terms: 'Unified management of railway transportation under a joint Sino-Korean command in Shenyang',
  parties: ['prc', 'dprk'], mentions: ['joint-railway-command'],
  section: 'support', note: 40,
  quote: 'resulted in the establishment of the Sino-Korean Joint Railway Transportation Command in Shenyang on August 1, 1951',
  alsoNotes: [40],
  alsoQuotes: ['the way the Chinese, backed by the Soviets, forced the North Koreans to accept their views'],
  caveat: 'A joint command by the article\'s name for it, but imposed: note 40 says the Chinese, backed by the Soviets, forced their views on the North Koreans, who had opposed Chinese military control of the railways (the dispute stands beside it). The article gives the date of establishment and no end; the Armistice is taken as the end of the wartime arrangement.',
  caveatKind: 'interpretation'
},

{id: 'treaty-prc-dprk-frontline-transportation-command-1951', type: 'treaty',
  summary: 'A Frontline Transportation Command is set up in Anju in November 1951',
  name: 'Frontline Transportation Command', signed: '1951-11', start: '1951-11', end: '1953-07-27',
  obligations: [],
  terms: 'A frontline transportation command in Anju, second outcome of the railway talks',
  parties: ['prc', 'dprk'], mentions: ['frontline-transportation-command'],
  section: 'support', note: 40,
  quote: 'and the Frontline Transportation Command in Anju in November.',
  caveat: 'The article calls it an outcome of the same negotiations without saying it is joint, and note 40 says the Chinese, backed by the Soviets, forced their views on the North Koreans: no obligation is stored, so it adds no integration beside the Shenyang command. No end given, the Armistice is taken.',
  caveatKind: 'interpretation'
},

{id: 'event-peng-criticized-1959', type: 'event',
  summary: 'When Peng is criticized in China in 1959, the railway dispute feeds charges that he ran the war heavy-handedly',
  eventKind: 'purge', start: '1959',
  tone: 'neutral',
  participants: ['ccp', 'peng-dehuai'], mentions: ['dprk'], dyads: ['dprk/prc'],
  section: 'support', note: 40,
  quote: 'led to later accusations against Peng Dehuai of conducting heavy-handed war management when he was criticized in China in 1959.'
},

{id: 'dispute-dprk-prc-ussr-concerted-pressure', type: 'dispute',
  summary: 'In almost all wartime disputes between the Chinese command and the North Korean leaders, Beijing and Moscow press the North together; Stalin arbitrates but always sides with China',
  topic: 'Sino-Soviet pressure on the North in wartime disputes', severity: 'major', start: '1950-11', end: '1953-07-27',
  parties: ['dprk', 'prc', 'ussr'], mentions: ['stalin'], dyads: ['dprk/prc', 'dprk/ussr'],
  section: 'support', note: 41,
  quote: 'In almost all disputes between the Chinese command in Korea and the North Korean leadership during the war, Beijing and Moscow exercised concerted pressure',
  alsoNotes: [41],
  alsoQuotes: ['Stalin played the role of arbiter in the disputes but always sided with the Chinese.'],
  caveat: 'The period is that of the joint command and the disputes it bred, to the Armistice.',
  caveatKind: 'period'
},

{id: 'relation-ussr-prc-concerted-war-1950', type: 'relation',
  summary: 'During the war Moscow and Beijing act in concert toward the North, Stalin siding with the Chinese and Mao consulting him',
  status: 'allied', start: '1950-11', end: '1951-06',
  parties: ['ussr', 'prc'],
  section: 'support', note: 41,
  quote: 'Stalin played the role of arbiter in the disputes but always sided with the Chinese.',
  alsoNotes: [41],
  alsoQuotes: ['he controlled the Armistice negotiations and regularly consulted with Stalin.'],
  caveat: 'The start is the joint command (after November 1950); the article\'s judgment covers the whole war, but the period stops at June 1951, where the armistice section takes over.',
  caveatKind: 'period'
},

{id: 'event-mao-controls-armistice-negotiations', type: 'event',
  summary: 'Mao controls the armistice negotiations and consults Stalin, passing on Kim\'s views only occasionally, so Kim plays a secondary role',
  eventKind: 'decision', start: '1951-07', end: '1953-07-27',
  tone: 'divergence',
  participants: ['mao-zedong', 'stalin', 'kim-il-sung'], dyads: ['dprk/prc', 'prc/ussr'],
  section: 'support', note: 41,
  quote: 'Kim played a secondary role in the negotiation process, as Mao decided to only occasionally familiarize Stalin to Kim\'s opinion.',
  alsoNotes: [41],
  alsoQuotes: ['Although Mao had constant communication with the North Korean leadership, he controlled the Armistice negotiations'],
  caveat: 'The period is that of the negotiations (July 1951 to the Armistice); the article states the pattern without dates.',
  caveatKind: 'period'
}
] AS fact
MERGE (f:Fact {id: fact.id})
SET f:$({role: 'Role', treaty: 'Treaty', flow: 'Flow', dispute: 'Dispute', event: 'Event', relation: 'Relation'}[fact.type]),
    f += fact;
