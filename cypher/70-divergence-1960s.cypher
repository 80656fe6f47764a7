// Alliance Graph: facts from the second half of "DIVERGENCE AND THE EVOLUTION OF THE ALLIANCE
// SYSTEM IN THE 1950s AND 1960s" (from "In the 1960s, North Korea first sided with China and then
// with the Soviet Union" to the end of the section, notes 93-114) and from the "CONCLUSION".
// Each fact: one map in the list below, its id and type first, then its properties; the statement
// at the end MERGEs each fact on its id and gives it its type's label. Quotes are exact and at most
// 25 words; summaries are our own words. 90-derive.cypher turns the properties into links.

// ---------------------------------------------------------------------------------------------
// Actors first named in this part
// ---------------------------------------------------------------------------------------------

MERGE (a:Actor {id: 'kwp-standing-committee'}) SET a:Party, a += {id: 'kwp-standing-committee', name: 'Standing Committee of the Central Committee of the Korean Workers\' Party', short: 'KWP Standing Committee', start: '..', end: '..', aliases: ['Standing Committee of the Korean Workers\' Party', 'Central Standing Committee of Korean Workers\' Party', 'KWP Standing Committee']}, a.kind = 'party';
MATCH (a:Actor {id: 'kwp-standing-committee'}), (b:Actor {id: 'kwp-cc'}) MERGE (a)-[:ACTS_FOR]->(b);

UNWIND [

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 93-97: 1962, North Korea takes the Chinese side (Cuba, India, revisionism)
// ---------------------------------------------------------------------------------------------

{id: 'event-cuban-missile-crisis-1962', type: 'event',
  summary: 'The Cuban Missile Crisis, a Soviet-American confrontation over Soviet missiles in Cuba, ends with their withdrawal',
  eventKind: 'operation', start: '1962',
  tone: 'divergence',
  participants: ['ussr', 'usa', 'cuba'], dyads: ['ussr/usa', 'cuba/usa', 'cuba/ussr'],
  section: 'divergence',
  quote: 'The Cuban Missile Crisis and the Sino-Indian War in 1962 were contentious issues between the Soviet Union and China'
},

{id: 'event-sino-indian-war-1962', type: 'event',
  summary: 'China and India fight a border war',
  eventKind: 'operation', start: '1962',
  tone: 'divergence',
  participants: ['prc', 'india'],
  section: 'divergence',
  quote: 'The Cuban Missile Crisis and the Sino-Indian War in 1962 were contentious issues between the Soviet Union and China'
},

{id: 'dispute-ussr-prc-cuba-india-1962', type: 'dispute',
  summary: 'Moscow and Beijing quarrel over the Cuban Missile Crisis and the Sino-Indian War',
  topic: 'Cuban Missile Crisis and Sino-Indian War', severity: 'major', start: '1962',
  parties: ['ussr', 'prc'], mentions: ['cuba', 'india', 'usa'],
  section: 'divergence',
  quote: 'were contentious issues between the Soviet Union and China in which North Korea started to support the Chinese position more openly.'
},

{id: 'event-dprk-supports-chinese-position-1962', type: 'event',
  summary: 'In the Sino-Soviet quarrels of 1962 North Korea begins to back the Chinese position more openly',
  eventKind: 'statement', start: '1962',
  tone: 'integration',
  participants: ['dprk', 'prc'], mentions: ['ussr'],
  section: 'divergence',
  quote: 'North Korea started to support the Chinese position more openly.'
},

{id: 'event-nodong-sinmun-oppose-revisionism-1962', type: 'event',
  summary: 'The KWP daily Nodong Sinmun calls on readers to oppose revisionism',
  eventKind: 'publication', start: '1962-spring',
  tone: 'divergence',
  participants: ['kwp'], mentions: ['ussr', 'yugoslavia'], dyads: ['dprk/ussr'],
  section: 'divergence', note: 93,
  quote: 'In the spring of 1962, the Nodong Sinmun declared, "Let us oppose revisionism."',
  caveat: 'The article names no target; in the Sino-Soviet polemic "revisionism" meant the Soviet (and Yugoslav) line, hence the DPRK-USSR dyad. Known through Yi Chongsŏk, not the newspaper itself.',
  caveatKind: 'interpretation'
},

{id: 'event-nodong-sinmun-non-interference-1962', type: 'event',
  summary: 'At the end of 1962 the Nodong Sinmun declares that no country may interfere in another\'s internal affairs',
  eventKind: 'publication', start: '1962-Q4',
  tone: 'divergence',
  participants: ['kwp'], mentions: ['ussr'], dyads: ['dprk/ussr'],
  section: 'divergence', note: 94,
  quote: 'the mouthpiece of the Korean Workers\' Party stated that "one country cannot interfere in the internal affairs of another country."',
  caveat: 'The article says only "at the end of the same year"; we read it as the last quarter of 1962. The DPRK-USSR dyad is our reading of the context (the Soviet line), not the article\'s words.',
  caveatKind: 'period'
},

{id: 'dispute-dprk-ussr-cuba-retreat-1962', type: 'dispute',
  summary: 'North Korean officials privately call the Soviet withdrawal of missiles from Cuba and the compromise with the US a "retreat before imperialism"',
  topic: 'Soviet conduct in the Cuban Missile Crisis', severity: 'minor', start: '1962-10', end: '1962-12',
  parties: ['dprk', 'ussr'], mentions: ['cuba', 'usa'],
  claimant: 'North Korean officials, unofficially, as reported by the Bulgarian embassy', certainty: 'reported',
  section: 'divergence', note: 95,
  quote: 'the withdrawal of Soviet missiles from Cuba and the compromise with the United States was a "retreat before imperialism."',
  caveat: 'The article gives no date; the comments fall between the withdrawal (late October 1962) and the Bulgarian report of 29 January 1963 on the year 1962.',
  caveatKind: 'period'
},

{id: 'dispute-dprk-ussr-peace-must-be-won-1962', type: 'dispute',
  summary: 'Kim Il Sung veils criticism of the Soviet line in speeches and articles: peace is to be won by mass struggle, not begged from the imperialists',
  topic: 'peaceful coexistence and the Soviet line', severity: 'minor', start: '1962',
  parties: ['kim-il-sung', 'ussr'], mentions: ['usa'],
  claimant: 'Bulgarian embassy report (Stoichkov)', certainty: 'reported',
  section: 'divergence', note: 96,
  quote: 'Kim argued that "the peace should not be begged for (from the imperialists), but must be won with struggle by the masses."',
  alsoNotes: [0],
  alsoQuotes: ['there was veiled criticism of the Soviet position in Kim Il Sung\'s speeches and articles.'],
  caveat: 'The article does not date the remark; note 96 ("Ibid., 14") cites the Bulgarian embassy report on 1962, so we date it to that year.',
  caveatKind: 'period'
},

{id: 'event-dprk-media-cuba-own-efforts-1962', type: 'event',
  summary: 'North Korean media stress that the Cubans won their freedom by their own efforts and would defeat the Americans on their own, implicitly slighting the Soviet role',
  eventKind: 'publication', start: '1962',
  tone: 'divergence',
  participants: ['dprk'], mentions: ['cuba', 'usa', 'ussr'], dyads: ['dprk/ussr'],
  claimant: 'Bulgarian embassy report (Stoichkov)', certainty: 'reported',
  section: 'divergence', note: 97,
  quote: 'The North Korean media stressed that the Cuban people gained their freedom through their own efforts and would defeat the American aggressors on their own.',
  caveat: 'Undated in the article; note 97 ("Ibid.") cites the Bulgarian report on 1962. The implied criticism of the USSR is the article\'s framing of the paragraph.',
  caveatKind: 'period'
},

{id: 'role-stoichkov-first-secretary-dprk-1963', type: 'role',
  summary: 'Ljuben Stoichkov signs the Bulgarian embassy\'s report on the DPRK in 1962, as first secretary (note 106) or ambassador (note 95)',
  office: 'First Secretary of the Bulgarian embassy in the DPRK', start: '1963-01-29',
  holder: 'stoichkov', organization: 'bulgaria', host: 'dprk',
  section: 'divergence', note: 106,
  quote: 'Foreign Relations of the DPRK in 1962, First Secretary Ljuben Stoichkov, P\'yŏngyang, January 29, 1963',
  alsoNotes: [95],
  alsoQuotes: ['Report from the Bulgarian embassy in the DPRK: Political, cultural, and economic life and foreign relations of the DPRK in 1962, Ambassador Ljuben Stoichkov'],
  caveat: 'One report told twice: note 95 gives the same report of the same date as by "Ambassador Ljuben Stoichkov", note 106 as by "First Secretary". First Secretary is kept: the body has the ambassadors expelled over the 1962 crisis, and note 101 calls him chargé d\'affaires in 1964.',
  caveatKind: 'citation'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 98-100: party congresses of 1962-1963, the Soviet-North Korean freeze,
// mediation and "reliability"
// ---------------------------------------------------------------------------------------------

{id: 'relation-dprk-prc-close-1962', type: 'relation',
  summary: 'North Korea aligns more closely with China in the early 1960s while at first avoiding antagonizing the Soviet camp',
  status: 'close', start: '1962', end: '1964',
  parties: ['dprk', 'prc'],
  section: 'divergence',
  quote: 'North Korea became more closely aligned to China in the early 1960s but was initially careful not to antagonize the Soviet camp.',
  alsoNotes: [0],
  alsoQuotes: ['In the 1960s, North Korea first sided with China and then with the Soviet Union.'],
  caveat: 'The article says "the early 1960s"; we start with the open support for China in 1962 and end before the mid-1960s reconsideration marked by Kosygin\'s visit of February 1965.',
  caveatKind: 'period'
},

{id: 'event-dprk-defends-ccp-at-east-european-congresses-1962', type: 'event',
  summary: 'At East European party congresses of late 1962 and early 1963 the North Korean delegations try to defend the CCP',
  eventKind: 'statement', start: '1962-Q4', end: '1963-Q1',
  tone: 'integration',
  participants: ['kwp', 'ccp'], mentions: ['east-european-countries', 'cpsu'],
  section: 'divergence',
  quote: 'At the congresses of East European Communist parties in late 1962 and early 1963, the North Korean delegation tried to defend the Chinese Communist Party.'
},

{id: 'event-ksc-12th-congress-dprk-defends-ccp-1962', type: 'event',
  summary: 'At the 12th Congress of the Czechoslovak Communist Party the North Korean representative puts the CCP\'s internationalism on a par with the CPSU\'s',
  eventKind: 'congress', start: '1962-12', place: 'Prague',
  tone: 'integration',
  participants: ['ksc', 'kwp'], mentions: ['cpsu', 'ccp'],
  dyads: ['czechoslovakia/dprk', 'dprk/prc'],
  section: 'divergence', note: 98,
  quote: 'the North Korean representative commented, "if the CPSU has truly an internationalist attitude, the same is true for the Chinese Communist Party too."',
  caveat: 'A defence of the CCP against the CPSU\'s camp: integration with the PRC, not with the USSR, which is only mentioned.',
  caveatKind: 'interpretation'
},

{id: 'event-sed-congress-dprk-denied-speech-1963', type: 'event',
  summary: 'At the SED Congress of January 1963 the North Korean representative, Hŏ Tam, is not allowed to speak, while the Yugoslav representative is warmly welcomed',
  eventKind: 'refusal', start: '1963-01', place: 'East Berlin',
  tone: 'divergence',
  participants: ['sed', 'ho-tam'], mentions: ['yugoslavia'],
  section: 'divergence', note: 99,
  quote: 'gave the Yugoslavian representative a warm welcome, but the North Korean representative was not permitted to deliver a speech.',
  caveat: 'The article renders the SED as the "German United Socialist Party" (usually the Socialist Unity Party of Germany) and does not number the congress (the Sixth, January 1963, in the common record).',
  caveatKind: 'spelling'
},

{id: 'event-sed-congress-welcomes-yugoslav-1963', type: 'event',
  summary: 'The same SED Congress gives the Yugoslav representative a warm welcome, a sign of shifting alignments in the Communist movement',
  eventKind: 'congress', start: '1963-01', place: 'East Berlin',
  tone: 'integration',
  participants: ['sed', 'yugoslavia'], mentions: ['dprk'],
  section: 'divergence', note: 99,
  quote: 'As a sign of changing times in international Communist politics, in January 1963 the Congress of the German United Socialist Party (SED)'
},

{id: 'role-ho-tam-head-delegation-sed-congress-1963', type: 'role',
  summary: 'Hŏ Tam heads the North Korean delegation to the SED Congress',
  office: 'Head of the North Korean delegation to the SED Congress', start: '1963-01',
  holder: 'ho-tam', organization: 'kwp', host: 'gdr',
  section: 'divergence', note: 99,
  quote: 'Hŏ Tam, the head of the North Korean delegation at the Congress, expressed his disappointment'
},

{id: 'dispute-dprk-gdr-sed-congress-1963', type: 'dispute',
  summary: 'Hŏ Tam voices disappointment at the SED\'s attitude toward the North Koreans and at their not being allowed to speak',
  topic: 'treatment of the North Korean delegation at the SED Congress', severity: 'minor', start: '1963-01',
  parties: ['ho-tam', 'sed'],
  claimant: 'GDR embassy annual report (Becker)', certainty: 'reported',
  section: 'divergence', note: 99,
  quote: 'expressed his disappointment at SED\'s position toward the North Koreans and that they were not allowed to speak.',
  alsoNotes: [99],
  alsoQuotes: ['Hŏ acknowledged the existence of different positions and different approaches in solving internal problems of the two countries']
},

{id: 'event-ho-tam-seeks-gdr-support-us-withdrawal-1963', type: 'event',
  summary: 'Hŏ Tam allows that the two countries differ by location and conditions but still hopes for East German support for the withdrawal of US troops from South Korea',
  eventKind: 'statement', start: '1963-01',
  tone: 'integration',
  participants: ['ho-tam', 'gdr'], mentions: ['usa', 'rok'],
  claimant: 'GDR embassy annual report (Becker)', certainty: 'reported',
  section: 'divergence', note: 99,
  quote: 'He still hoped for East German support of North Korea\'s position for withdrawal of American troops from South Korea.',
  caveat: 'The note does not date the remark; we place it at the congress of January 1963, where Hŏ led the delegation.',
  caveatKind: 'period'
},

{id: 'role-becker-gdr-ambassador-dprk-1964', type: 'role',
  summary: 'Becker, GDR ambassador in P\'yŏngyang, signs the embassy\'s annual report on GDR-DPRK relations in 1963',
  office: 'Ambassador of the GDR to the DPRK', start: '1964-01-15',
  holder: 'becker', organization: 'gdr', host: 'dprk',
  section: 'divergence', note: 99,
  quote: 'Relations between the GDR and the DPRK in 1963, Ambassador Becker, P\'yŏngyang, January 15, 1964'
},

{id: 'relation-dprk-ussr-frozen-1962', type: 'relation',
  summary: 'Soviet-North Korean relations virtually freeze',
  status: 'frozen', start: '1962', end: '1964',
  parties: ['dprk', 'ussr'],
  section: 'divergence',
  quote: 'Soviet–North Korean relations virtually froze between 1962 and 1964.',
  alsoNotes: [0],
  alsoQuotes: ['during the "cold" period of Soviet–North Korean relations in the early 1960s.']
},

{id: 'event-dprk-mediation-new-year-dinner-1962', type: 'event',
  summary: 'At the New Year\'s dinner for ambassadors hosted by Foreign Minister Pak Sŏngch\'ol, North Korean hosts toast unity repeatedly, casting themselves as mediators between Moscow and Beijing',
  eventKind: 'meeting', start: '1962-12', place: 'P\'yŏngyang',
  tone: 'neutral',
  participants: ['pak-songchol', 'moskovsky'], mentions: ['prc'],
  dyads: ['dprk/ussr', 'dprk/prc'],
  claimant: 'Moskovsky', certainty: 'reported',
  section: 'divergence', note: 100,
  quote: 'With this, the Korean comrades tried to play [the role of] a kind of mediator between countries that did not have unity between themselves.',
  alsoNotes: [100],
  alsoQuotes: ['A few North Korean officials tried to assume the role of mediator between China and the Soviet Union, but these were not sustained initiatives'],
  caveat: 'Note 100 places the dinner "at the end of 1962" but cites a record of conversation dated 3 January 1963; a New Year\'s dinner could fall on either side of the turn of the year. Neutral, not integration: the ambassador calls the toasts "insincere babbling about unity", the mediation was not sustained and Moscow was frustrated.',
  caveatKind: 'date'
},

{id: 'dispute-ussr-dprk-reliability-1962', type: 'dispute',
  summary: 'Moscow is frustrated with what it sees as the North Korean leadership\'s lack of "reliability"',
  topic: 'North Korean reliability in the Sino-Soviet dispute', severity: 'minor', start: '1962', end: '1964',
  parties: ['ussr', 'dprk'],
  section: 'divergence', note: 100,
  quote: 'the leadership in Moscow was frustrated with the perceived lack of "reliability" in the North Korean leadership.',
  caveat: 'The word "reliability" is not in the passage note 100 quotes, which documents the mediation only. Dated to the freeze of 1962-1964 of the same paragraph; the record itself is of January 1963.',
  caveatKind: 'citation'
},

{id: 'role-moskovsky-soviet-ambassador-dprk-1963', type: 'role',
  summary: 'Vasily Moskovsky is the Soviet ambassador in the DPRK',
  office: 'Ambassador of the USSR to the DPRK', start: '1962-12', end: '1963-01-03',
  holder: 'moskovsky', organization: 'ussr', host: 'dprk',
  section: 'divergence', note: 100,
  quote: 'Soviet ambassador in the DPRK Vasily Moskovsky described the North Korean attitude at the ambassadors New Year\'s dinner at the end of 1962'
},

{id: 'role-pak-songchol-foreign-minister-1963', type: 'role',
  summary: 'Pak Sŏngch\'ol is the DPRK foreign minister and hosts the ambassadors\' New Year\'s dinner',
  office: 'Foreign Minister of the DPRK', start: '1962-12', end: '1963-01-03',
  holder: 'pak-songchol', organization: 'dprk', host: 'dprk',
  section: 'divergence', note: 100,
  quote: 'New Year\'s dinner at the end of 1962 hosted by North Korea foreign minister Park Sŏngch\'ol',
  caveat: 'The note spells the name "Park Sŏngch\'ol"; the usual McCune-Reischauer form is Pak Sŏngch\'ŏl.',
  caveatKind: 'spelling'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 101-102: Kim's September 1963 Plenum speech, COMECON and bilateralism
// ---------------------------------------------------------------------------------------------

{id: 'event-kim-september-plenum-speech-1963', type: 'event',
  summary: 'At the KWP Plenum of September 1963 Kim Il Sung blames the revisionists for North Korea\'s economic troubles and calls their terms of trade robbery',
  eventKind: 'speech', start: '1963-09',
  tone: 'divergence',
  participants: ['kim-il-sung', 'kwp-cc'], mentions: ['ussr', 'east-european-countries'],
  dyads: ['dprk/ussr', 'dprk/east-european-countries'],
  section: 'divergence', note: 101,
  quote: 'This is not a Socialist division of labor, but robbery',
  alsoNotes: [0],
  alsoQuotes: ['Kim blamed them for the economic troubles in North Korea and had some harsh words to say against Socialist cooperation'],
  caveat: 'The speech is quoted from two Bulgarian embassy reports of February 1964, not from a North Korean text; the targets "[in the Soviet Union and other East European countries]" are the author\'s bracketed gloss.',
  caveatKind: 'citation'
},

{id: 'dispute-dprk-comecon-revisionists-1963', type: 'dispute',
  summary: 'Kim rejects COMECON and the "help" of the revisionists, who he says have cut aid, demand cheap raw materials and sell machines dear',
  topic: 'COMECON, aid and terms of trade', severity: 'major', start: '1963-09',
  parties: ['kim-il-sung', 'ussr', 'comecon'], mentions: ['east-european-countries'],
  dyads: ['dprk/ussr', 'comecon/dprk'],
  section: 'divergence', note: 101,
  quote: 'we do not need COMECON',
  caveat: 'The targets "[in the Soviet Union and other East European countries]" are the author\'s gloss of Kim\'s "revisionists".',
  caveatKind: 'interpretation'
},

{id: 'role-stoichkov-charge-daffaires-dprk-1964', type: 'role',
  summary: 'Luben (Ljuben) Stoichkov signs the Bulgarian embassy\'s report on the DPRK economy in 1963 as chargé d\'affaires',
  office: 'Chargé d\'affaires of Bulgaria in the DPRK', start: '1964-02-20',
  holder: 'stoichkov', organization: 'bulgaria', host: 'dprk',
  section: 'divergence', note: 101,
  quote: 'Economic Development of the DPRK in 1963, Charge d\'affaires Luben Stoichkov, P\'yŏngyang, February 20, 1964',
  caveat: 'Note 101 spells him "Luben", notes 95 and 106 "Ljuben"; the same note names Krasimir Chakurov chargé d\'affaires for a report of 5 February 1964.',
  caveatKind: 'spelling'
},

{id: 'role-chakurov-charge-daffaires-dprk-1964', type: 'role',
  summary: 'Krasimir Chakurov signs the Bulgarian embassy\'s report on the DPRK\'s political development in 1963 as chargé d\'affaires',
  office: 'Chargé d\'affaires of Bulgaria in the DPRK', start: '1964-02-05',
  holder: 'chakurov', organization: 'bulgaria', host: 'dprk',
  section: 'divergence', note: 101,
  quote: 'Political Development of the DPRK in 1963, Charge d\'affaires Krasimir Chakurov, P\'yŏngyang, February 5, 1964',
  caveat: 'Note 101 gives two chargés d\'affaires of the same embassy fifteen days apart (Chakurov on 5 February, Stoichkov on 20 February 1964); one title may be an acting one.',
  caveatKind: 'citation'
},

{id: 'event-kulloja-self-reliant-economy-1963', type: 'event',
  summary: 'The KWP journal Kŭlloja argues that self-reliant national economies, linked by mutual exchange, are the basis of an equal Socialist integration',
  eventKind: 'publication', start: '1963',
  tone: 'integration',
  participants: ['kwp'], mentions: ['socialist-countries'], dyads: ['dprk/socialist-countries'],
  section: 'divergence', note: 102,
  quote: 'The economy of the individual socialist states which function as self-sufficient economic units in the Socialist system, develop through mutual relations and mutual help.',
  alsoNotes: [0],
  alsoQuotes: ['The solution to this contradiction was to build a web of bilateral economic relations.'],
  caveat: 'Note 102 gives only the article\'s title and pages; the journal (Külloja 12, 1963) is named in the bibliography, which also spells the title with ö for ŏ.',
  caveatKind: 'citation'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 103-104: the South, the coup of 16 May 1961 and the North's reaction
// ---------------------------------------------------------------------------------------------

{id: 'dispute-dprk-rok-revolutionary-line-1960s', type: 'dispute',
  summary: 'North Korea\'s line toward the South is to spur a Socialist revolution there that would unify Korea',
  topic: 'unification through revolution in the South', severity: 'major', start: '1960', end: '1962',
  parties: ['dprk', 'rok'],
  section: 'divergence',
  quote: 'The North Korean regime was seeking to spur a revolution in South Korea, which would secure a unified Socialist Korea.',
  caveat: 'The article states the line in its account of "the early 1960s", stored as 1960-1962, not the whole decade; it says neither when the line began nor when it ended.',
  caveatKind: 'period'
},

{id: 'event-april-revolution-rok-1960', type: 'event',
  summary: 'The April 1960 revolution in South Korea raises the prospect of popular control of the government',
  eventKind: 'uprising', start: '1960-04',
  tone: 'neutral',
  participants: ['rok'],
  section: 'divergence', note: 104,
  quote: 'who feared that the people might take control of the government following the April 1960 revolution.'
},

{id: 'event-park-chung-hee-coup-1961', type: 'event',
  summary: 'Major General Park Chung Hee and his associates seize power in South Korea',
  eventKind: 'operation', start: '1961-05-16', place: 'Seoul',
  tone: 'divergence',
  participants: ['park-chung-hee', 'rok-army'], mentions: ['dprk'], dyads: ['dprk/rok'],
  section: 'divergence',
  quote: 'The coup on May 16, 1961, by Major General Park Chung Hee (Pak Chŏnghŭi) and his associates had significant consequences'
},

{id: 'role-park-chung-hee-major-general-1961', type: 'role',
  summary: 'Park Chung Hee is a major general of the ROK army when he leads the coup',
  office: 'Major General, ROK army', start: '1961-05-16',
  holder: 'park-chung-hee', organization: 'rok-army', host: 'rok',
  section: 'divergence',
  quote: 'Major General Park Chung Hee (Pak Chŏnghŭi) and his associates'
},

{id: 'event-kim-qiao-conversation-coup-1961', type: 'event',
  summary: 'On the coup\'s first day Kim Il Sung confides his view of the events in the South to the Chinese ambassador Qiao Xiaoguang',
  eventKind: 'meeting', start: '1961-05-16', place: 'P\'yŏngyang',
  tone: 'integration',
  participants: ['kim-il-sung', 'qiao-xiaoguang'], mentions: ['park-chung-hee', 'rok'],
  section: 'divergence', note: 103,
  quote: 'Kim Il Sung confided with the Chinese ambassador in P\'yŏngyang on May 16, 1961—the first day of the coup in South Korea.'
},

{id: 'role-qiao-xiaoguang-chinese-ambassador-dprk-1961', type: 'role',
  summary: 'Qiao Xiaoguang is the Chinese ambassador in P\'yŏngyang',
  office: 'Ambassador of the PRC to the DPRK', start: '1961-05-16',
  holder: 'qiao-xiaoguang', organization: 'prc', host: 'dprk',
  section: 'divergence', note: 103,
  quote: 'Minutes of Conversation between Kim Il [Sung] and Qiao Xiaoguang, Re: The Military Rebellion in South Korea, May 16, 1961'
},

{id: 'event-dprk-drafts-support-for-coup-1961', type: 'event',
  summary: 'North Korean officials at first expect the Park regime might pursue a "progressive policy" and even draft a declaration supporting the coup',
  eventKind: 'statement', start: '1961-05-16', end: '1961-05-18',
  tone: 'neutral',
  participants: ['dprk'], mentions: ['park-chung-hee'], dyads: ['dprk/rok'],
  section: 'divergence', note: 103,
  quote: 'North Korean officials thought that the Park regime might pursue a "progressive policy" and even drafted a declaration in support to the coup',
  caveat: 'Only drafted: the government "quickly changed its perception", and by 18 May the party called the coup "reactionary". A declaration never issued and reversed in two days is neutral, not integration.',
  caveatKind: 'interpretation'
},

{id: 'event-kwp-standing-committee-coup-verdict-1961', type: 'event',
  summary: 'A closed session of the KWP Standing Committee labels the coup reactionary and organized by the American imperialists',
  eventKind: 'decision', start: '1961-05-18',
  tone: 'divergence',
  participants: ['kwp-standing-committee'], mentions: ['usa', 'park-chung-hee', 'rok'],
  dyads: ['dprk/rok', 'dprk/usa'],
  section: 'divergence', note: 104,
  quote: 'officials labeled the coup "reactionary" and argued that it was "organized by the American imperialists"',
  caveat: 'Known through a memorandum of the Chinese embassy dated 21 May 1961, three days after the meeting.',
  caveatKind: 'citation'
},

{id: 'dispute-dprk-rok-anticommunist-coup-1961', type: 'dispute',
  summary: 'The North Korean leadership concludes that the coup officers are bent on destroying communism',
  topic: 'anticommunism of the coup regime', severity: 'major', start: '1961-05-18',
  parties: ['dprk', 'rok'], mentions: ['park-chung-hee'],
  section: 'divergence', note: 104,
  quote: 'The North Korean leadership believed that the coup officers were bent at "destroying communism,"'
},

{id: 'event-kwp-reinforce-army-red-guards-1961', type: 'event',
  summary: 'The same party meeting resolves to concentrate on strengthening the army and to reinforce the Worker-Peasant Red Guards militia',
  eventKind: 'decision', start: '1961-05-18',
  tone: 'divergence',
  participants: ['kwp-standing-committee', 'kpa', 'worker-peasant-red-guards'], dyads: ['dprk/rok'],
  section: 'divergence', note: 104,
  quote: 'The party meeting also decided to reinforce militia forces—the Worker\'s and Peasant\'s Red Guards.',
  alsoNotes: [104],
  alsoQuotes: ['the KWP should concentrate on strengthening the army.']
},

{id: 'relation-dprk-rok-militant-1961', type: 'relation',
  summary: 'After the coup North Korea takes a more militant posture toward the South and militarizes its society',
  status: 'hostile', start: '1961-05-18', end: '..',
  parties: ['dprk', 'rok'],
  section: 'divergence',
  quote: 'The North Korean leadership adopted a more militant posture vis-à-vis the South and embarked on the militarization of society in the early 1960s.',
  caveat: 'The article says "the early 1960s"; we start with the party\'s verdict on the coup (18 May 1961); it gives no end, so the period is left open.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 105-106: the failed military mission to Moscow and the December 1962 Plenum
// ---------------------------------------------------------------------------------------------

{id: 'event-dprk-military-delegation-moscow-1962', type: 'event',
  summary: 'A North Korean military delegation goes to Moscow for military aid and fails to obtain it',
  eventKind: 'visit', start: '1962-12', place: 'Moscow',
  tone: 'divergence',
  participants: ['kpa', 'ussr'],
  section: 'divergence', note: 105,
  quote: 'a North Korean military delegation visited Moscow in December 1962 but failed to secure the requested military aid from the Soviet Union.',
  alsoNotes: [0],
  alsoQuotes: ['The unsuccessful visit further weakened Soviet-DPRK relations and pushed the North Korean regime away from the Soviet camp.'],
  caveat: 'Note 105 cites Rozhin\'s web page "Sovetskii flot i VMS Severnoi Korei" without a date or page; the bibliography lists it, dated 22 September 2010.',
  caveatKind: 'citation'
},

{id: 'dispute-ussr-dprk-arms-payment-1962', type: 'dispute',
  summary: 'The Soviets agree to supply military equipment only against payment, a new and unwelcome condition for the North Koreans',
  topic: 'payment for Soviet military equipment', severity: 'major', start: '1962-12',
  parties: ['ussr', 'dprk'],
  section: 'divergence', note: 105,
  quote: 'Soviet officials agreed to supply military equipment, but they demanded payment, a new and unpleasant element in the bilateral relations',
  caveat: 'Rests on note 105\'s web source by Rozhin, which the note cites without a date or page; the bibliography lists it, dated 22 September 2010.',
  caveatKind: 'citation'
},

{id: 'event-kwp-fifth-plenum-defense-1962', type: 'event',
  summary: 'The KWP\'s Fifth Plenum puts the strengthening of defense first, declaring the country an insurmountable fortress to be defended gun in hand',
  eventKind: 'decision', start: '1962-12',
  tone: 'divergence',
  participants: ['kwp-cc'], mentions: ['usa', 'rok'],
  dyads: ['dprk/usa', 'dprk/rok'],
  section: 'divergence', note: 106,
  quote: 'The first issue on the agenda was "for the further strengthening of defense capability with regard to the new situation."',
  alsoNotes: [106, 110],
  alsoQuotes: ['"holding a gun in one hand and a sickle and hammer in the other."', 'The partisan generals formulated the regime\'s military policy at the December Plenum in 1962'],
  caveat: 'The body calls it the Fifth Plenum, note 110 the December Plenum of 1962: one meeting, the Fifth Plenum of the Fourth Central Committee in the common record.',
  caveatKind: 'interpretation'
},

{id: 'dispute-dprk-usa-rok-iron-wall-1962', type: 'dispute',
  summary: 'The Plenum declares that the US and South Korea would not dare attack the DPRK\'s defenses, "strong as an iron wall"',
  topic: 'military threat from the US and the ROK', severity: 'major', start: '1962-12',
  parties: ['kwp-cc', 'usa', 'rok'], dyads: ['dprk/usa', 'dprk/rok'],
  section: 'divergence', note: 106,
  quote: 'The Plenum stated that the United States and South Korea would not dare attack the DPRK\'s "strong as an iron wall" defense capabilities'
},

{id: 'event-kwp-four-military-lines-1962', type: 'event',
  summary: 'The partisan generals set the military line at the December 1962 Plenum: arm the whole population, fortify the country, make every soldier a cadre, modernize weapons',
  eventKind: 'decision', start: '1962-12',
  tone: 'neutral',
  participants: ['partisan-group', 'kwp-cc', 'kpa'],
  section: 'divergence', note: 110,
  quote: 'to arm the entire population, fortify the country, every soldier to become cadre, and to modernize weaponry.'
},

{id: 'event-kwp-second-party-conference-1966', type: 'event',
  summary: 'The KWP\'s Second Party Conference confirms and articulates the military policy, beginning with arming the whole population',
  eventKind: 'congress', start: '1966-10', place: 'P\'yŏngyang',
  tone: 'neutral',
  participants: ['kwp'],
  section: 'divergence', note: 110,
  quote: 'The Second Party Conference in October 1966 confirmed and articulated the military policy, which began with arming the entire population.'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, no note: the mid-1960s reconsideration (Kosygin 1965, China 1966)
// ---------------------------------------------------------------------------------------------

{id: 'event-cultural-revolution-1966', type: 'event',
  summary: 'The rise of the Cultural Revolution in China helps push P\'yŏngyang to reconsider its alliance policies',
  eventKind: 'campaign', start: '1966',
  tone: 'divergence',
  participants: ['prc'], mentions: ['dprk'], dyads: ['dprk/prc'],
  section: 'divergence',
  quote: 'By the mid-1960s, the ascendance of the Cultural Revolution in China and economic difficulties domestically forced the regime in P\'yŏngyang to reconsider its alliance policies.',
  caveat: 'The article gives no date; the Cultural Revolution was launched in 1966 (common record).',
  caveatKind: 'common-record'
},

{id: 'event-dprk-reconsiders-alliances-1965', type: 'event',
  summary: 'Faced with the Cultural Revolution and economic difficulties, North Korea reconsiders its alliance policies and turns back toward the USSR',
  eventKind: 'decision', start: '1965',
  tone: 'integration',
  participants: ['dprk'], mentions: ['prc', 'ussr'], dyads: ['dprk/ussr'],
  section: 'divergence',
  quote: 'forced the regime in P\'yŏngyang to reconsider its alliance policies. Gradually, the DPRK improved its relations with the Soviet Union',
  caveat: 'The article says "by the mid-1960s"; we date the turn to 1965, the year of Kosygin\'s visit. The turn is toward the USSR only (Sino-North Korean relations "deteriorated"), so it concerns the DPRK-USSR dyad alone.',
  caveatKind: 'period'
},

{id: 'event-kosygin-visit-pyongyang-1965', type: 'event',
  summary: 'Soviet Premier Alexei Kosygin visits P\'yŏngyang, marking the improvement of Soviet-North Korean relations',
  eventKind: 'visit', start: '1965-02', place: 'P\'yŏngyang',
  tone: 'integration',
  participants: ['kosygin', 'dprk'],
  section: 'divergence',
  quote: 'marked by Premier Alexei Kosygin\'s visit in P\'yŏngyang in February 1965'
},

{id: 'role-kosygin-soviet-premier-1965', type: 'role',
  summary: 'Alexei Kosygin is the Soviet Premier',
  office: 'Premier (Chairman of the Council of Ministers) of the USSR', start: '1965-02',
  recordStart: '1964-10', recordEnd: '1980',
  holder: 'kosygin', organization: 'ussr-council-of-ministers', host: 'ussr',
  section: 'divergence',
  quote: 'Premier Alexei Kosygin\'s visit in P\'yŏngyang in February 1965',
  caveat: 'The article attests the office only at the visit; he held it from October 1964 to 1980 (common record).',
  caveatKind: 'period'
},

{id: 'treaty-ussr-dprk-long-term-trade-economic-1965', type: 'treaty',
  summary: 'The USSR and the DPRK conclude a long-term agreement on trade and economic cooperation',
  name: 'Soviet-North Korean long-term agreement for trade and economic cooperation (1965)', signed: '1965', start: '1965', end: '1972',
  obligations: ['economic-cooperation'],
  terms: 'Long-term trade and economic cooperation',
  parties: ['ussr', 'dprk'],
  section: 'divergence',
  quote: 'the conclusion in the same year of a long-term agreement for trade and economic cooperation.',
  caveat: 'The article gives neither the date of signature within 1965 nor the agreement\'s term; we end it with the section\'s coverage (1972).',
  caveatKind: 'period'
},

{id: 'relation-dprk-ussr-improved-1965', type: 'relation',
  summary: 'From 1965 North Korea gradually improves its relations with the Soviet Union, the precondition for closer economic cooperation',
  status: 'normal', start: '1965-02', end: '..',
  parties: ['dprk', 'ussr'],
  certainty: 'speculated',
  section: 'divergence',
  quote: 'Gradually, the DPRK improved its relations with the Soviet Union, marked by Premier Alexei Kosygin\'s visit in P\'yŏngyang in February 1965',
  alsoNotes: [0],
  alsoQuotes: ['North Korea first sided with China and then with the Soviet Union.'],
  caveat: 'The article gives no end, so the period is left open (to the end of its coverage). "Normal" reads "improved" without claiming a return to alliance-level closeness.',
  caveatKind: 'period'
},

{id: 'flow-ussr-dprk-economic-cooperation-1965', type: 'flow',
  summary: 'Improved political ties open the way to Soviet capital, technical assistance and expanded trade',
  flowKind: 'aid', start: '1965', end: '1972',
  giver: 'ussr', receiver: 'dprk',
  section: 'divergence',
  quote: 'Improved political relations with the Soviet Union were the pre-conditions for closer economic cooperation, the provision of capital, technical assistance, and expanded trade relations.',
  caveat: 'The article gives no amounts or end; the period runs from the 1965 agreement to the end of the section\'s coverage.',
  caveatKind: 'period'
},

{id: 'event-dprk-prc-recall-ambassadors-1966', type: 'event',
  summary: 'China and North Korea each recall their ambassadors, who stay withdrawn until relations normalize at the end of the decade',
  eventKind: 'recall', start: '1966', end: '1969',
  tone: 'divergence',
  participants: ['dprk', 'prc'],
  section: 'divergence',
  quote: 'Sino-North Korean relations deteriorated to the point where each side recalled its ambassadors in 1966',
  alsoNotes: [0],
  alsoQuotes: ['bilateral relations did not normalize until the end of the decade.'],
  caveat: 'The article dates the recall (1966) and the normalization only as "the end of the decade"; the ambassadors are taken to stay withdrawn through 1969.',
  caveatKind: 'period'
},

{id: 'relation-dprk-prc-frozen-1966', type: 'relation',
  summary: 'Sino-North Korean relations are at their low point, without ambassadors, until the end of the decade',
  status: 'frozen', start: '1966', end: '1969',
  parties: ['dprk', 'prc'],
  certainty: 'speculated',
  section: 'divergence',
  quote: 'each side recalled its ambassadors in 1966, bilateral relations did not normalize until the end of the decade.',
  caveat: 'The article says relations normalized "at the end of the decade"; we end the freeze in 1969. "Frozen" reads the recall of ambassadors; the article names no crisis here.',
  caveatKind: 'period'
},

{id: 'relation-dprk-prc-normalized-1970', type: 'relation',
  summary: 'Sino-North Korean relations normalize at the end of the 1960s',
  status: 'normal', start: '1970', end: '..',
  parties: ['dprk', 'prc'],
  section: 'divergence',
  quote: 'bilateral relations did not normalize until the end of the decade.',
  caveat: 'The article says only "the end of the decade"; we start in 1970 (ambassadors returned and Zhou Enlai visited P\'yŏngyang that year in the common record); it gives no end, so the period is left open.',
  caveatKind: 'period'
},

{id: 'relation-ussr-prc-bitter-dispute-1960s', type: 'relation',
  summary: 'The USSR and China remain locked in a bitter dispute, competing for North Korea\'s friendship',
  status: 'strained', start: '1960s', end: '1960s',
  parties: ['ussr', 'prc'], mentions: ['dprk'],
  certainty: 'speculated',
  section: 'divergence',
  quote: 'Although Kim Il Sung\'s two influential Socialist allies remained entangled in a bitter dispute, their competition for North Korea\'s friendship connected them with Korea',
  caveat: 'The article gives no dates; "the 1960s" is the paragraph\'s frame. "Bitter dispute" is read as strained: the article tells of no break of relations and no armed clash between the two.',
  caveatKind: 'interpretation'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 107-108: the Third World and Japan
// ---------------------------------------------------------------------------------------------

{id: 'event-dprk-diplomatic-expansion-1960-1970', type: 'event',
  summary: 'Between 1960 and 1970 North Korea establishes diplomatic relations with 24 countries, consular relations with 9 and trade relations with 8',
  eventKind: 'recognition', start: '1960', end: '1970',
  tone: 'integration',
  participants: ['dprk', 'nonaligned-countries'],
  section: 'divergence', note: 107,
  quote: 'Between 1960 and 1970 North Korea established diplomatic relations with twenty-four countries, consulate relations with nine countries, and trade relations with eight states.',
  alsoNotes: [107],
  alsoQuotes: ['forced North Korea to reach out to the developing nonaligned countries for diplomatic and trade relations and to capitalist countries for economic cooperation.'],
  caveat: 'The article does not say which countries; not all were nonaligned (it also names capitalist partners), so the group stands for the outreach only.',
  caveatKind: 'interpretation'
},

{id: 'event-kim-leader-of-third-world-1968', type: 'event',
  summary: 'North Korean media call Kim Il Sung the "Leader of the Third World"',
  eventKind: 'publication', start: '1968',
  tone: 'integration',
  participants: ['dprk'], mentions: ['kim-il-sung', 'nonaligned-countries'], dyads: ['dprk/nonaligned-countries'],
  section: 'divergence', note: 107,
  quote: 'the North Korean media called Kim Il Sung the "Leader of the Third World" in 1968.'
},

{id: 'flow-dprk-japan-third-trading-partner-1969', type: 'flow',
  summary: 'Trade grows until Japan is North Korea\'s third-largest trading partner by the end of the 1960s, after the Soviet Union and China',
  flowKind: 'trade', start: '1969', end: '1969',
  parties: ['dprk', 'japan'], mentions: ['ussr', 'prc'],
  section: 'divergence', note: 108,
  quote: 'By the end of the 1960s, Japan became the DPRK\'s third largest trading partner, after the Soviet Union and China.',
  caveat: 'The article says "by the end of the 1960s": Japan held that rank in 1969 at the latest; when it first reached it is not said.',
  caveatKind: 'period'
},

{id: 'flow-dprk-japan-trade-1961', type: 'flow',
  summary: 'North Korean-Japanese trade amounts to 8 million dollars',
  flowKind: 'trade', start: '1961', end: '1961',
  parties: ['dprk', 'japan'],
  amount: 8000000, unit: 'dollars', currency: 'USD', usd: 8000000, qualifier: 'exact',
  section: 'divergence', note: 108,
  quote: 'After a humble beginning, North Korea–Japan trade in 1961 of 8 million dollars'
},

{id: 'flow-dprk-japan-trade-1965', type: 'flow',
  summary: 'North Korean-Japanese trade reaches 31.4 million dollars',
  flowKind: 'trade', start: '1965', end: '1965',
  parties: ['dprk', 'japan'],
  amount: 31400000, unit: 'dollars', currency: 'USD', usd: 31400000, qualifier: 'exact',
  section: 'divergence', note: 108,
  quote: 'rose to 31.4 million dollars in 1965'
},

{id: 'flow-dprk-japan-trade-1970', type: 'flow',
  summary: 'North Korean-Japanese trade reaches 57.8 million dollars',
  flowKind: 'trade', start: '1970', end: '1970',
  parties: ['dprk', 'japan'],
  amount: 57800000, unit: 'dollars', currency: 'USD', usd: 57800000, qualifier: 'exact',
  section: 'divergence', note: 108,
  quote: 'rose to 31.4 million dollars in 1965 and 57.8 million in 1970.'
},

{id: 'flow-dprk-japan-trade-1971', type: 'flow',
  summary: 'North Korean-Japanese trade stays at the 1970 level of 57.8 million dollars',
  flowKind: 'trade', start: '1971', end: '1971',
  parties: ['dprk', 'japan'],
  amount: 57800000, unit: 'dollars', currency: 'USD', usd: 57800000, qualifier: 'exact',
  section: 'divergence', note: 108,
  quote: 'The amount of trade remained the same in the following year'
},

{id: 'flow-dprk-japan-trade-1972', type: 'flow',
  summary: 'North Korean-Japanese trade jumps to 132 million dollars',
  flowKind: 'trade', start: '1972', end: '1972',
  parties: ['dprk', 'japan'],
  amount: 132000000, unit: 'dollars', currency: 'USD', usd: 132000000, qualifier: 'exact',
  section: 'divergence', note: 108,
  quote: 'but increased sharply in 1972 to 132 million dollars.'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, note 109: autarky; Deng Xiaoping and Ceauşescu at the Romanian party congress, 1965
// ---------------------------------------------------------------------------------------------

{id: 'event-rcp-9th-congress-ccp-delegation-1965', type: 'event',
  summary: 'A CCP delegation attends the 9th Congress of the Romanian Communist Party and holds talks with the Romanian leadership',
  eventKind: 'congress', start: '1965-07', place: 'Bucharest',
  tone: 'integration',
  participants: ['romanian-communist-party', 'ccp'],
  section: 'divergence', note: 109,
  quote: 'Stenographic Transcript of Discussions Held with Chinese Communist Party Delegation to the 9th Congress of Romanian Communist Party, July 26, 1965'
},

{id: 'event-deng-romanians-isolation-tomatoes-1965', type: 'event',
  summary: 'Deng Xiaoping, then a proponent of isolationism, tells the Romanian leaders that their isolation has given them more tomatoes and cucumbers',
  eventKind: 'meeting', start: '1965-07-26', place: 'Bucharest',
  tone: 'integration',
  participants: ['deng-xiaoping', 'ceausescu', 'romanian-communist-party'], mentions: ['yugoslavia'],
  section: 'divergence', note: 109,
  quote: 'At a meeting with the Romanian leadership in 1965 Deng remarked: "As a result of your isolation you have more tomatoes and cucumbers than others,'
},

{id: 'flow-ussr-yugoslavia-aid-1965', type: 'flow',
  summary: 'Deng observes that Yugoslavia receives aid in both rubles and dollars, from the Soviet Union and from the West',
  flowKind: 'aid', start: '1965',
  giver: 'ussr', receiver: 'yugoslavia',
  claimant: 'Deng Xiaoping', certainty: 'reported',
  section: 'divergence', note: 109,
  quote: 'Deng noted that Yugoslavia received aid in both dollars and rubles (referring to aid from both the Soviet Union and the West).',
  caveat: 'Undated beyond the conversation of July 1965; "the West" has no actor here, so only the Soviet side of the aid is a giver.',
  caveatKind: 'period'
},

{id: 'event-ceausescu-rely-on-own-forces-1965', type: 'event',
  summary: 'Ceauşescu replies that handouts achieve nothing and a country must first rely on its own forces',
  eventKind: 'statement', start: '1965-07-26', place: 'Bucharest',
  tone: 'neutral',
  participants: ['ceausescu', 'deng-xiaoping'],
  section: 'divergence', note: 109,
  quote: '"You can do nothing just with handouts. Actually, you must first rely on your own forces. This is the soundest kind of development."'
},

{id: 'role-ceausescu-rcp-secretary-1965', type: 'role',
  summary: 'Nicolae Ceauşescu is the new secretary (leader) of the Romanian Communist Party',
  office: 'Secretary of the Romanian Communist Party', start: '1965',
  holder: 'ceausescu', organization: 'romanian-communist-party', host: 'romania',
  section: 'divergence', note: 109,
  quote: 'The new secretary of the Romanian Communist Party, Nicolae Ceausescu, replied',
  caveat: 'In the common record he became First Secretary in March 1965 and General Secretary when the party took the name RCP at the 9th Congress (July 1965).',
  caveatKind: 'common-record'
},

{id: 'event-dprk-seven-year-plan-1961', type: 'event',
  summary: 'Divergence from the main Socialist allies slows the economy: the Seven-Year Plan (1961-1967) needs two extra years',
  eventKind: 'campaign', start: '1961', end: '1969',
  tone: 'neutral',
  participants: ['dprk'],
  section: 'divergence',
  quote: 'the regime needed two extra years to implement the Seven-Year Plan (1961–1967).',
  caveat: 'End = 1967 plus the article\'s two extra years. In the common record the Second Party Conference (October 1966) extended the plan by three years, and it was declared fulfilled in 1970.',
  caveatKind: 'common-record'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, note 110: militarization (budget, army, militias), Hungarian military delegation
// ---------------------------------------------------------------------------------------------

{id: 'event-dprk-military-spending-30-percent-1960s', type: 'event',
  summary: 'Militarization takes its toll: military spending exceeds 30 percent of the state budget',
  eventKind: 'campaign', start: '1960s',
  tone: 'neutral',
  participants: ['dprk', 'kpa'],
  section: 'divergence', note: 110,
  quote: 'Militarization also had its toll, as military spending was more than 30 percent of the budget',
  caveat: 'Note 110 gives no budget figure itself; it cites Bulgarian (1967) and GDR (1966) embassy reports and Suh, so the figure\'s source is unclear.',
  caveatKind: 'citation'
},

{id: 'event-dprk-military-spending-50-percent-estimate-1960s', type: 'event',
  summary: 'Some East European estimates put North Korean military spending close to 50 percent of the budget',
  eventKind: 'campaign', start: '1960s',
  tone: 'neutral',
  participants: ['dprk', 'kpa'],
  claimant: 'East European estimates', certainty: 'estimated',
  section: 'divergence', note: 110,
  quote: 'some East European estimates put it even close to 50 percent',
  caveat: 'A competing figure to the article\'s "more than 30 percent"; the estimating embassies are not named.',
  caveatKind: 'attribution'
},

{id: 'flow-dprk-kpa-regular-troops-1960s', type: 'flow',
  summary: 'The Korean People\'s Army grows to 7 percent of the population, nearly 1 million regular troops',
  flowKind: 'troops', start: '1966', end: '1967',
  giver: 'dprk', receiver: 'kpa',
  amount: 1000000, unit: 'soldiers', qualifier: 'nearly', share: 0.07, shareOf: 'DPRK population',
  section: 'divergence', note: 110,
  quote: 'Therefore, the KPA had nearly 1 million regular troops plus as many reservists.',
  alsoNotes: [110],
  alsoQuotes: ['the Korean People\'s Army grew to 7 percent of the population.'],
  caveat: '"Therefore" does not follow from the militia figures before it. 7 percent of about 12.5-13 million people is about 0.9 million, consistent; Western estimates of the time were far lower (about 400,000). Dated by the cited reports (1966-1967).',
  caveatKind: 'common-record'
},

{id: 'flow-dprk-kpa-reservists-1960s', type: 'flow',
  summary: 'The KPA has as many reservists as regular troops, about 1 million',
  flowKind: 'troops', start: '1966', end: '1967',
  giver: 'dprk', receiver: 'kpa',
  amount: 1000000, unit: 'reservists', qualifier: 'about',
  section: 'divergence', note: 110,
  quote: 'the KPA had nearly 1 million regular troops plus as many reservists.',
  caveat: 'The note gives no date; the period is that of the reports it cites (May 1966, June 1967).',
  caveatKind: 'period'
},

{id: 'flow-dprk-worker-peasant-red-guards-1960s', type: 'flow',
  summary: 'The Worker-Peasant Red Guards militia numbers 1.5 million',
  flowKind: 'troops', start: '1966', end: '1967',
  giver: 'dprk', receiver: 'worker-peasant-red-guards',
  amount: 1500000, unit: 'militia members', qualifier: 'exact',
  section: 'divergence', note: 110,
  quote: 'The Worker-Peasant Red Guards numbered 1.5 million and the Red Young Guards had 700,000 members.',
  caveat: 'The note gives no date; the period is that of the reports it cites (May 1966, June 1967).',
  caveatKind: 'period'
},

{id: 'flow-dprk-red-young-guards-1960s', type: 'flow',
  summary: 'The Red Young Guards have 700,000 members',
  flowKind: 'troops', start: '1966', end: '1967',
  giver: 'dprk', receiver: 'red-young-guards',
  amount: 700000, unit: 'militia members', qualifier: 'exact',
  section: 'divergence', note: 110,
  quote: 'the Red Young Guards had 700,000 members.',
  caveat: 'The note gives no date; the period is that of the reports it cites (May 1966, June 1967).',
  caveatKind: 'period'
},

{id: 'flow-dprk-red-guards-total-1960s', type: 'flow',
  summary: 'Over 2 million Red Guards are enlisted as a potential militia force',
  flowKind: 'troops', start: '1966', end: '1967',
  giver: 'dprk', receiver: 'worker-peasant-red-guards',
  amount: 2000000, unit: 'militia members', qualifier: 'more than',
  aggregateOf: ['flow-dprk-worker-peasant-red-guards-1960s', 'flow-dprk-red-young-guards-1960s'],
  section: 'divergence', note: 110,
  quote: 'Over 2 million Red Guards were enlisted as a potential militia force.',
  caveat: 'Checked: 1.5 million Worker-Peasant Red Guards plus 700,000 Red Young Guards make 2.2 million, "over 2 million". Undated; period of the cited reports.',
  caveatKind: 'period'
},

{id: 'event-hungarian-military-delegation-dprk-1967', type: 'event',
  summary: 'A Hungarian military delegation visits North Korea',
  eventKind: 'visit', start: '1967-05-24', end: '1967-06-04',
  tone: 'integration',
  participants: ['hungary', 'kpa'],
  claimant: 'Bulgarian embassy report (Pavlov)', certainty: 'reported',
  section: 'divergence', note: 110,
  quote: 'Visit of Hungarian Military Delegation to North Korea, May 24–June 4, 1967'
},

{id: 'role-pavlov-charge-daffaires-dprk-1967', type: 'role',
  summary: 'Ljuben Pavlov is Bulgaria\'s chargé d\'affaires in P\'yŏngyang',
  office: 'Chargé d\'affaires of Bulgaria in the DPRK', start: '1967-06-12',
  holder: 'pavlov', organization: 'bulgaria', host: 'dprk',
  section: 'divergence', note: 110,
  quote: 'Charge d\'affaires Ljuben Pavlov, P\'yöngyang, June 12, 1967',
  caveat: 'The note spells the capital "P\'yöngyang" (ö for ŏ), as elsewhere in notes 110 and 112.',
  caveatKind: 'spelling'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, no note: other independent-minded countries; Romania's dual role; the two arches
// ---------------------------------------------------------------------------------------------

{id: 'relation-albania-prc-close-1960s', type: 'relation',
  summary: 'Albania, an outcast from the Soviet camp, looks to China',
  status: 'close', start: '1960s', end: '1960s',
  parties: ['albania', 'prc'], mentions: ['ussr'],
  certainty: 'speculated',
  section: 'divergence',
  quote: 'Yugoslavia looked to the West, Albania to China, Romania courted China and the West, and China normalized its relationship with the United States.',
  caveat: 'The article gives no dates; "the 1960s" is the paragraph\'s frame.',
  caveatKind: 'period'
},

{id: 'event-prc-usa-normalization-1970s', type: 'event',
  summary: 'China normalizes its relationship with the United States',
  eventKind: 'recognition', start: '1972', end: '1979',
  tone: 'integration',
  participants: ['prc', 'usa'],
  section: 'divergence',
  quote: 'and China normalized its relationship with the United States.',
  caveat: 'The article gives no date; the period runs from Nixon\'s visit (1972) to diplomatic relations (1979) in the common record.',
  caveatKind: 'period'
},

{id: 'relation-romania-prc-1960s', type: 'relation',
  summary: 'Romania, though a Soviet ally, keeps some relations with Beijing and courts China',
  status: 'normal', start: '1960s', end: '1960s',
  parties: ['romania', 'prc'],
  section: 'divergence',
  quote: 'it was a Soviet ally that kept some relations with Beijing.',
  alsoNotes: [0],
  alsoQuotes: ['Romania courted China and the West'],
  caveat: 'The article gives no dates; "the 1960s" is the paragraph\'s frame.',
  caveatKind: 'period'
},

{id: 'relation-romania-ussr-allied-1960s', type: 'relation',
  summary: 'As a Warsaw Pact and COMECON member Romania\'s allegiance ultimately lies with the Soviet side despite its nationalist divergence',
  status: 'allied', start: '1960s', end: '1960s',
  parties: ['romania', 'ussr'], mentions: ['warsaw-pact', 'comecon'],
  section: 'divergence',
  quote: 'But Romania was a Warsaw Pact and COMECON member, so in the larger Socialist divide there was no ambiguity where its allegiances ultimately stood',
  caveat: 'The article gives no dates; "the 1960s" is the paragraph\'s frame.',
  caveatKind: 'period'
},

{id: 'dispute-romania-ussr-nationalist-divergence-1960s', type: 'dispute',
  summary: 'Romania\'s nationalist divergence brings periodic uneasy relations with Moscow',
  topic: 'Romanian nationalist divergence', severity: 'minor', start: '1960s',
  parties: ['romania', 'ussr'],
  section: 'divergence',
  quote: 'despite its nationalist divergence and periodic uneasy relations with Moscow.'
},

{id: 'event-socialist-world-two-arches-1960s', type: 'event',
  summary: 'After the split the Socialist world divides into a northern Soviet and a southern Chinese arch, loosely linked through their ties to North Korea',
  eventKind: 'split', start: '1960s', end: '1991-12',
  tone: 'neutral',
  participants: ['ussr', 'prc'], mentions: ['dprk'],
  section: 'divergence',
  quote: 'After the Sino-Soviet split, the Socialist world was divided into two diverging arches—a northern Soviet pillar and a southern Chinese pillar',
  alsoNotes: [0],
  alsoQuotes: ['both of which remained loosely connected to each other through their ties to North Korea.'],
  caveat: 'The author\'s metaphor for the Socialist world after the split, not a split of its own: neutral, so that the split is not counted again every year to 1991. The article dates the arches only "after the Sino-Soviet split"; the Soviet arch ends with the USSR\'s dissolution (December 1991), as the article goes on to say.',
  caveatKind: 'interpretation'
},

{id: 'relation-ussr-vietnam-war-cooperation', type: 'relation',
  summary: 'Despite their differences the Soviets cooperate with Vietnam during the war',
  status: 'close', start: '1965', end: '1975-04',
  parties: ['ussr', 'vietnam'], mentions: ['prc'],
  section: 'divergence',
  quote: 'the Soviets and the Chinese cooperated with Vietnam during the war, despite their differences.',
  caveat: 'The article does not date "the war"; we use the years of the American war in Vietnam to the fall of Saigon (common record).',
  caveatKind: 'period'
},

{id: 'relation-prc-vietnam-war-cooperation', type: 'relation',
  summary: 'Despite their differences with Moscow the Chinese also cooperate with Vietnam during the war',
  status: 'close', start: '1965', end: '1975-04',
  parties: ['prc', 'vietnam'], mentions: ['ussr'],
  section: 'divergence',
  quote: 'the Soviets and the Chinese cooperated with Vietnam during the war, despite their differences.',
  caveat: 'The article does not date "the war"; we use the years of the American war in Vietnam to the fall of Saigon (common record).',
  caveatKind: 'period'
},

{id: 'relation-ussr-vietnam-aligned-1976', type: 'relation',
  summary: 'After the war a unified Vietnam aligns with the Soviet camp',
  status: 'allied', start: '1976', end: '1991-12',
  parties: ['ussr', 'vietnam'],
  section: 'divergence',
  quote: 'But after the war a unified Vietnam aligned with the Soviet camp.',
  caveat: 'The article gives no dates; we start with Vietnam\'s unification (1976) and end with the USSR\'s dissolution (common record).',
  caveatKind: 'period'
},

{id: 'event-dprk-place-in-nonaligned-movement', type: 'event',
  summary: 'North Korea is unique in being aligned with both Moscow and Beijing while securing a place in the nonaligned movement',
  eventKind: 'recognition', start: '1975',
  tone: 'integration',
  participants: ['dprk', 'nonaligned-movement'], mentions: ['ussr', 'prc'],
  section: 'divergence',
  quote: 'North Korea was unique in the Socialist world in being simultaneously aligned with Moscow and Beijing and securing a place in the nonaligned movement.',
  caveat: 'The article gives no date; the DPRK joined the Non-Aligned Movement in 1975 (common record).',
  caveatKind: 'period'
},

{id: 'flow-prc-dprk-support-after-ussr-dissolution', type: 'flow',
  summary: 'When the USSR dissolves, China remains to support the DPRK',
  flowKind: 'aid', start: '1991-12', end: '..',
  giver: 'prc', receiver: 'dprk', mentions: ['ussr'],
  section: 'divergence',
  quote: 'When one of the Socialist pillars—the USSR—dissolved, the other—the PRC—remained to support the DPRK.',
  caveat: 'The article gives no date; the USSR dissolved in December 1991 (common record).',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, notes 111-112: East European patchwork (Hungary, Bulgaria, Romania)
// ---------------------------------------------------------------------------------------------

{id: 'event-hungarian-uprising-1956-dates', type: 'event',
  summary: 'The Hungarian uprising against the pro-Soviet government challenges Hungary\'s place in the Socialist world',
  eventKind: 'uprising', start: '1956-10-23', end: '1956-11-10',
  tone: 'neutral',
  participants: ['hungary'], mentions: ['ussr'],
  section: 'divergence', note: 111,
  quote: 'The Hungarian Uprising was against the pro-Soviet government from October 23 to November 10, 1956.'
},

{id: 'event-ussr-intervention-hungary-1956-11-04', type: 'event',
  summary: 'The Soviet army intervenes militarily in Hungary',
  eventKind: 'operation', start: '1956-11-04',
  tone: 'divergence',
  participants: ['soviet-army', 'hungary'],
  section: 'divergence', note: 111,
  quote: 'The revolt challenged Hungary\'s affiliation with the Socialist world and promoted Soviet military intervention on November 4.',
  alsoNotes: [114],
  alsoQuotes: ['The Soviet military intervened during the Hungarian uprising in 1956, as mentioned earlier.'],
  caveat: 'The note says the revolt "promoted" the intervention, evidently for "prompted".',
  caveatKind: 'spelling'
},

{id: 'relation-dprk-hungary-standstill-1956', type: 'relation',
  summary: 'Hungarian-North Korean relations nearly come to a standstill after the events in Hungary in 1956',
  status: 'frozen', start: '1956-11', end: '1950s',
  parties: ['dprk', 'hungary'],
  section: 'divergence', note: 111,
  quote: 'Hungarian–North Korean relations nearly came to a standstill after the events in Hungary in 1956.',
  caveat: 'The article gives no end; it is left coarse, within the 1950s of the passage ("after the events in Hungary in 1956"). A Hungarian military delegation visited the DPRK in May-June 1967 (note 110).',
  caveatKind: 'period'
},

{id: 'dispute-dprk-bulgaria-four-students-1962', type: 'dispute',
  summary: 'North Korea\'s attempt to force four students in Bulgaria back to the DPRK sets off an acrimonious diplomatic crisis',
  topic: 'forced return of four North Korean students', severity: 'severe', start: '1962', end: '1967',
  parties: ['dprk', 'bulgaria'],
  amount: 4, unit: 'students', qualifier: 'exact',
  section: 'divergence', note: 112,
  quote: 'An acrimonious diplomatic crisis erupted between the DPRK and Bulgaria in 1962 as a result of North Korea\'s efforts to forcefully return to the DPRK',
  alsoNotes: [112],
  alsoQuotes: ['four North Korean students who had migrated to Bulgaria.'],
  caveat: 'The article dates the outbreak (1962) and the start of normalization (1968); the crisis is taken to last until then, without ambassadors. The four students who had migrated to Bulgaria are the cause of the crisis, not an exchange of students, so they are no flow of their own.',
  caveatKind: 'period'
},

{id: 'event-dprk-bulgaria-normalization-begins-1968', type: 'event',
  summary: 'DPRK-Bulgarian relations begin to normalize, well after the Soviet-North Korean improvement',
  eventKind: 'decision', start: '1968',
  tone: 'integration',
  participants: ['dprk', 'bulgaria'],
  section: 'divergence', note: 112,
  quote: 'Bilateral relations began to normalize only in 1968, well after the improvement in Soviet–North Korean relations.'
},

{id: 'event-dprk-bulgaria-expel-ambassadors-1962', type: 'event',
  summary: 'The incident leads to the expulsion of both countries\' ambassadors',
  eventKind: 'expulsion', start: '1962',
  tone: 'divergence',
  participants: ['dprk', 'bulgaria'],
  section: 'divergence', note: 112,
  quote: 'This incident led to the expulsion of the two countries\' respective ambassadors.',
  caveat: 'The article dates only the crisis (1962; the Bulgarian note on the incident is of 5 September 1962). Note 95 still names a Bulgarian "Ambassador" for a report of January 1963.',
  caveatKind: 'date'
},

{id: 'relation-dprk-bulgaria-crisis-1962', type: 'relation',
  summary: 'DPRK-Bulgarian relations are in crisis, without ambassadors, until normalization begins in 1968',
  status: 'crisis', start: '1962', end: '1967',
  parties: ['dprk', 'bulgaria'],
  section: 'divergence', note: 112,
  quote: 'An acrimonious diplomatic crisis erupted between the DPRK and Bulgaria in 1962',
  alsoNotes: [110],
  alsoQuotes: ['Charge d\'affaires Ljuben Pavlov, P\'yöngyang, June 12, 1967'],
  caveat: 'The article gives the crisis\'s start (1962) and normalization\'s start (1968); we end the crisis in 1967. Bulgaria was represented by chargés d\'affaires in 1964 and 1967 (notes 101, 110).',
  caveatKind: 'period'
},

{id: 'relation-dprk-bulgaria-normalizing-1968', type: 'relation',
  summary: 'DPRK-Bulgarian relations begin to normalize in 1968, well after the Soviet-North Korean improvement',
  status: 'cool', start: '1968', end: '..',
  parties: ['dprk', 'bulgaria'],
  certainty: 'speculated',
  section: 'divergence', note: 112,
  quote: 'Bilateral relations began to normalize only in 1968, well after the improvement in Soviet–North Korean relations.',
  caveat: '"Began to normalize" marks a gradual process, hence "cool" rather than "normal"; the article gives no end, so the period is left open.',
  caveatKind: 'interpretation'
},

{id: 'relation-dprk-romania-close-1962', type: 'relation',
  summary: 'Unlike Bulgaria, Romania keeps relatively close relations with the DPRK during the cold spell in Soviet-North Korean relations',
  status: 'close', start: '1962', end: '1964',
  parties: ['dprk', 'romania'],
  section: 'divergence',
  quote: 'Romania maintained relatively close relations with the DPRK during the "cold" period of Soviet–North Korean relations in the early 1960s.',
  caveat: 'The article says "the early 1960s"; we use the years of the Soviet-North Korean freeze (1962-1964) that it refers to.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, note 113: loans instead of aid; foreign trade and GNP
// ---------------------------------------------------------------------------------------------

{id: 'flow-socialist-countries-dprk-loans-1962-1972', type: 'flow',
  summary: 'The Socialist countries switch from aid to loans: industrial and trade loans of 1.08 billion rubles ($1.2 billion) from 1962 to 1972',
  flowKind: 'loan', start: '1962', end: '1972',
  giver: 'socialist-countries', receiver: 'dprk',
  amount: 1080000000, unit: 'rubles', currency: 'SUR', usd: 1200000000, qualifier: 'exact',
  section: 'divergence', note: 113,
  quote: 'From 1962 to 1972, the industrial and trade loans amounted to 1.08 billion rubles ($1.2 billion)',
  alsoNotes: [113],
  alsoQuotes: ['the Socialist countries decided to provide North Korea with loans instead of aid.'],
  caveat: 'Checked: 1.08 billion new rubles at 0.9 to the dollar is $1.2 billion. The lenders are not broken down by country.',
  caveatKind: 'arithmetic'
},

{id: 'flow-socialist-countries-dprk-industrial-projects-1962-1972', type: 'flow',
  summary: 'The loans of 1962-1972 help finance more than thirty industrial projects',
  flowKind: 'technology', start: '1962', end: '1972',
  giver: 'socialist-countries', receiver: 'dprk',
  amount: 30, unit: 'industrial projects', qualifier: 'more than',
  section: 'divergence', note: 113,
  quote: '1.08 billion rubles ($1.2 billion), which helped finance more than thirty industrial projects.'
},

{id: 'flow-dprk-foreign-trade-gnp-1961', type: 'flow',
  summary: 'Foreign trade equals 20 percent of North Korea\'s GNP',
  flowKind: 'trade', start: '1961-07',
  parties: ['dprk'],
  share: 0.2, shareOf: 'DPRK GNP',
  section: 'divergence', note: 113,
  quote: 'its foreign trade, which decreased from 20 percent of the country\'s GNP in July 1961',
  caveat: 'A GNP share for one month is odd; the article may mean the time of the July 1961 treaties. All of the DPRK\'s foreign trade is meant; no partner is named, so the fact has no dyad.',
  caveatKind: 'interpretation'
},

{id: 'flow-dprk-foreign-trade-gnp-1964-1966', type: 'flow',
  summary: 'Self-reliance and relative isolation cut foreign trade to 12 percent of GNP',
  flowKind: 'trade', start: '1964', end: '1966',
  parties: ['dprk'],
  share: 0.12, shareOf: 'DPRK GNP',
  section: 'divergence', note: 113,
  quote: 'to 12 percent in the period between 1964 and 1966',
  caveat: 'All of the DPRK\'s foreign trade is meant; no partner is named, so the fact has no dyad.',
  caveatKind: 'interpretation'
},

{id: 'flow-dprk-foreign-trade-gnp-1972', type: 'flow',
  summary: 'Foreign trade recovers to 22 percent of GNP',
  flowKind: 'trade', start: '1972', end: '1972',
  parties: ['dprk'],
  share: 0.22, shareOf: 'DPRK GNP',
  section: 'divergence', note: 113,
  quote: 'but it recovered to 22 percent in 1972.',
  caveat: 'All of the DPRK\'s foreign trade is meant; no partner is named, so the fact has no dyad.',
  caveatKind: 'interpretation'
},

{id: 'flow-ussr-dprk-trade-1960s', type: 'flow',
  summary: 'Soviet-North Korean trade is less affected by political swings than Sino-North Korean economic relations',
  flowKind: 'trade', start: '1962', end: '1972',
  parties: ['ussr', 'dprk'],
  section: 'divergence', note: 113,
  quote: 'Soviet–North Korean trade seemed less affected by political considerations than Sino–North Korean economic relations.',
  caveat: 'The article gives no period; we use that of the paragraph\'s figures (1962-1972).',
  caveatKind: 'period'
},

{id: 'flow-prc-dprk-trade-1960s', type: 'flow',
  summary: 'Sino-North Korean economic relations follow political relations more closely than Soviet-North Korean trade',
  flowKind: 'trade', start: '1962', end: '1972',
  parties: ['prc', 'dprk'],
  section: 'divergence', note: 113,
  quote: 'Bilateral political relations influenced bilateral trade, but in uneven ways',
  caveat: 'The article gives no period; we use that of the paragraph\'s figures (1962-1972).',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// DIVERGENCE, note 114: outside COMECON and the Warsaw Pact; the treaties; Czechoslovakia 1968
// ---------------------------------------------------------------------------------------------

{id: 'event-dprk-absent-from-comecon-1962-1972', type: 'event',
  summary: 'North Korea shies away from COMECON and does not even send an observer to its sessions, preferring bilateral ties',
  eventKind: 'refusal', start: '1962', end: '1972',
  tone: 'divergence',
  participants: ['dprk', 'comecon'], mentions: ['ussr'],
  dyads: ['comecon/dprk', 'dprk/ussr'],
  section: 'divergence',
  quote: 'it did not even send an observer to its sessions from 1962 to 1972',
  alsoNotes: [0],
  alsoQuotes: ['The DPRK did not want the kind of integration promoted by the Soviet Union, which North Korean officials believed meant more dependency.'],
  caveat: 'Scored against the USSR as well as COMECON: the article says the DPRK "did not want the kind of integration promoted by the Soviet Union".',
  caveatKind: 'interpretation'
},

{id: 'treaty-ussr-dprk-friendship-cooperation-mutual-assistance', type: 'treaty',
  summary: 'North Korea, not a Warsaw Pact member, signs a treaty of friendship and cooperation with the USSR that guarantees its security',
  name: 'Soviet-North Korean treaty of friendship and cooperation', signed: '1960', start: '1960', end: '1991-12',
  recordStart: '1961-07-06',
  recordName: 'Treaty of Friendship, Cooperation and Mutual Assistance between the Union of Soviet Socialist Republics and the Democratic People\'s Republic of Korea',
  obligations: ['defense', 'economic-cooperation'],
  recordObligations: ['consultation', 'military-cooperation'],
  terms: 'Guarantee of the DPRK\'s security; in the article\'s reading the treaty also kept the USSR from intervening in the DPRK\'s affairs as in Hungary 1956 and Czechoslovakia 1968',
  parties: ['ussr', 'dprk'], mentions: ['warsaw-pact'],
  section: 'divergence', note: 114,
  quote: 'North Korea was not a Warsaw Pact member, but signed treaties of friendship and cooperation with the Soviet Union and China in 1960',
  caveat: 'The article says 1960; the treaty was signed on 6 July 1961 (common record: recordStart). The article names a treaty "of friendship and cooperation" guaranteeing the DPRK\'s security; the formal name and the consultation and military-cooperation clauses are the common record\'s (recordName, recordObligations). End at the USSR\'s dissolution; Russia let it lapse in 1996. "Preventing neither ... nor" is a double negative for "preventing both".',
  caveatKind: 'common-record'
},

{id: 'treaty-prc-dprk-friendship-cooperation-mutual-assistance', type: 'treaty',
  summary: 'North Korea signs a treaty of friendship and cooperation with China that guarantees its security',
  name: 'Sino-North Korean treaty of friendship and cooperation', signed: '1960', start: '1960', end: '..',
  recordStart: '1961-07-11',
  recordName: 'Treaty of Friendship, Co-operation and Mutual Assistance between the People\'s Republic of China and the Democratic People\'s Republic of Korea',
  obligations: ['defense', 'economic-cooperation'],
  recordObligations: ['consultation', 'military-cooperation'],
  terms: 'Guarantee of the DPRK\'s security; in the article\'s reading the treaty also kept China from intervening in the DPRK\'s affairs',
  parties: ['prc', 'dprk'],
  section: 'divergence', note: 114,
  quote: 'signed treaties of friendship and cooperation with the Soviet Union and China in 1960 guaranteeing the DPRK\'s security',
  caveat: 'The article says 1960; the treaty was signed on 11 July 1961 (common record: recordStart) and is still in force. The article names a treaty "of friendship and cooperation" guaranteeing the DPRK\'s security; the formal name and the consultation and military-cooperation clauses are the common record\'s (recordName, recordObligations). "Preventing neither ... nor" is a double negative for "preventing both".',
  caveatKind: 'common-record'
},

{id: 'event-warsaw-pact-intervention-czechoslovakia-1968', type: 'event',
  summary: 'Soviet-led Warsaw Pact forces intervene in Czechoslovakia to end the Prague Spring',
  eventKind: 'operation', start: '1968',
  tone: 'divergence',
  participants: ['warsaw-pact', 'ussr', 'czechoslovakia'],
  dyads: ['czechoslovakia/ussr', 'czechoslovakia/warsaw-pact'],
  section: 'divergence', note: 114,
  quote: 'In 1968, Soviet-led Warsaw pact forces intervened during the Prague Spring.'
},

{id: 'event-brezhnev-doctrine-1968', type: 'event',
  summary: 'The intervention follows the Brezhnev Doctrine, subordinating national interests of Socialist countries to the unity of the Soviet-led bloc',
  eventKind: 'statement', start: '1968',
  tone: 'divergence',
  participants: ['ussr'], mentions: ['east-european-countries', 'czechoslovakia'],
  dyads: ['east-european-countries/ussr'],
  section: 'divergence', note: 114,
  quote: 'The intervention was in accordance with the Brezhnev Doctrine which demanded subordination of the national interests of individual Socialist countries'
},

// ---------------------------------------------------------------------------------------------
// CONCLUSION (no notes)
// ---------------------------------------------------------------------------------------------

{id: 'event-war-consolidates-kim-power', type: 'event',
  summary: 'The Korean War hastens the consolidation of Kim Il Sung\'s power and of North Korea\'s Socialist political economy',
  eventKind: 'purge', start: '1950-06', end: '1953-07',
  tone: 'neutral',
  participants: ['kim-il-sung'],
  section: 'conclusion',
  quote: 'The war hastened the consolidation of Kim Il Sung\'s power and the formation of North Korea\'s Socialist political economy.',
  caveat: 'The period is the war; the purges and collectivization the article names continued after it.',
  caveatKind: 'period'
},

{id: 'event-stalin-nearly-abandons-north-korea-1950', type: 'event',
  summary: 'Facing the UN advance, Stalin is almost forced to give up Soviet influence in North Korea; China\'s entry saves it',
  eventKind: 'decision', start: '1950-10',
  tone: 'divergence',
  participants: ['stalin', 'dprk'], mentions: ['unc', 'prc'],
  section: 'conclusion',
  quote: 'Stalin had almost been forced to abandon Soviet influence in North Korea in October 1950 in the face of advancing UN forces.'
},

{id: 'dispute-ussr-prc-korean-war-legacy', type: 'dispute',
  summary: 'Over time the Korean War and its aftermath become a key factor driving the USSR and China apart',
  topic: 'legacy of the Korean War', severity: 'major', start: '1957', end: '1960s',
  parties: ['ussr', 'prc'], mentions: ['dprk'],
  section: 'conclusion',
  quote: 'over time the war and its aftermath became a key factor in driving the USSR and China apart.',
  alsoNotes: [0],
  alsoQuotes: ['The Korean War exposed the limits of the Sino-Soviet alliance.'],
  caveat: 'The article says only "over time", after the war "brought the Socialist camp together"; the driving apart is taken from where it dates the Sino-Soviet divergence ("after 1957") into the 1960s of the split, not back into the war years.',
  caveatKind: 'period'
},

{id: 'relation-dprk-ussr-ties-rest-of-cold-war', type: 'relation',
  summary: 'North Korea keeps ties with the Soviet side of the Sino-Soviet divide for the rest of the Cold War',
  status: 'allied', start: '1970s', end: '1991-12',
  parties: ['dprk', 'ussr'], mentions: ['prc'],
  certainty: 'speculated',
  section: 'conclusion',
  quote: 'North Korea would maintain ties with both sides of the Sino-Soviet divide throughout the remainder of the Cold War period.',
  alsoNotes: [0],
  alsoQuotes: ['The North Korean system has been able to extend its life span mainly because of its alliances'],
  caveat: '"Maintain ties" grades nothing; "allied" reads the article\'s "alliances", of which China\'s is "the only one remaining". It gives no years: the start is left at the 1970s, after the swings of the 1960s, and the end is the USSR\'s dissolution.',
  caveatKind: 'interpretation'
},

{id: 'relation-dprk-prc-ties-rest-of-cold-war', type: 'relation',
  summary: 'North Korea keeps ties with the Chinese side of the Sino-Soviet divide for the rest of the Cold War',
  status: 'allied', start: '1970s', end: '1991-12',
  parties: ['dprk', 'prc'], mentions: ['ussr'],
  certainty: 'speculated',
  section: 'conclusion',
  quote: 'North Korea would maintain ties with both sides of the Sino-Soviet divide throughout the remainder of the Cold War period.',
  alsoNotes: [0],
  alsoQuotes: ['The North Korean system has been able to extend its life span mainly because of its alliances'],
  caveat: '"Maintain ties" grades nothing; "allied" reads the article\'s "alliances", of which China\'s is "the only one remaining". It gives no years: the start is left at the 1970s, after the swings of the 1960s, and the end is the USSR\'s dissolution.',
  caveatKind: 'interpretation'
},

{id: 'event-ussr-dissolution-1991', type: 'event',
  summary: 'The dissolution of the Soviet Union is one of North Korea\'s gravest crises, which outside support helps it survive',
  eventKind: 'split', start: '1991-12',
  tone: 'divergence',
  participants: ['ussr'], mentions: ['dprk', 'prc'], dyads: ['dprk/ussr'],
  section: 'conclusion',
  quote: 'Even during the gravest of crises, including the Korean War and the dissolution of the Soviet Union, North Korea could rely on outside support',
  caveat: 'The article gives no date; the USSR dissolved in December 1991 (common record).',
  caveatKind: 'period'
},

{id: 'relation-dprk-prc-only-remaining-alliance-1991', type: 'relation',
  summary: 'After the USSR\'s end, the alliance with China is North Korea\'s only remaining alliance and the mainstay of its survival',
  status: 'allied', start: '1991-12', end: '..',
  parties: ['dprk', 'prc'],
  section: 'conclusion',
  quote: 'extend its life span mainly because of its alliances—or at least its alliance with China, the only one remaining.',
  caveat: 'The article gives no date; we start with the USSR\'s dissolution (December 1991), after which China is the only ally left.',
  caveatKind: 'period'
}
] AS fact
MERGE (f:Fact {id: fact.id})
SET f:$({role: 'Role', treaty: 'Treaty', flow: 'Flow', dispute: 'Dispute', event: 'Event', relation: 'Relation'}[fact.type]),
    f += fact;
