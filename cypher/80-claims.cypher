// Alliance Graph: the article's argument. Each claim is one of its interpretations or theses, not
// an event: facts of type 'claim' (label Claim), with the article's own words as evidence, the
// actors the thesis is about ('about': no dyad, no yearly tie, no score) and the facts the article
// gives as its evidence ('supportedBy': ids of facts in 20- to 70-, linked by 90-derive.cypher as
// SUPPORTED_BY). A claim's period is the span its thesis concerns, as the passage frames it.
// Quotes are exact and at most 25 words; summaries are our own words. Claims are listed in the
// order of the article.

UNWIND [

// ---------------------------------------------------------------------------------------------
// Introduction (no note): the thesis and the unfinished war
// ---------------------------------------------------------------------------------------------

// The article's main thesis, against the image of an isolated North Korea.
{id: 'claim-dprk-more-integrated-than-its-rhetoric', type: 'claim',
  summary: 'North Korea was more integrated into the Socialist system than its nationalist rhetoric and isolationist image suggest',
  start: '1945', end: '1972',
  about: ['dprk', 'socialist-countries'],
  section: 'intro',
  quote: 'I argue that the DPRK was more integrated into the system than its nationalist rhetoric and isolationist image might imply.',
  supportedBy: ['flow-socialist-countries-dprk-war-aid-1950-1953', 'flow-socialist-countries-dprk-aid-1954-1961',
                'flow-socialist-countries-dprk-specialists-1950s', 'flow-dprk-socialist-countries-students-1950s',
                'treaty-ussr-dprk-friendship-cooperation-mutual-assistance',
                'treaty-prc-dprk-friendship-cooperation-mutual-assistance',
                'flow-socialist-countries-dprk-loans-1962-1972', 'flow-dprk-foreign-trade-gnp-1972']
},

// After 1953 no great power would back a second war for unification.
{id: 'claim-no-backing-for-another-war-of-unification', type: 'claim',
  summary: 'After the Korean War the great powers, the DPRK\'s allies among them, would back no further attempt to unify Korea, and the temporary division became lasting',
  start: '1953-07', end: '1972',
  about: ['ussr', 'prc', 'usa', 'dprk'],
  section: 'intro',
  quote: 'after the Korean War the superpowers refused to support any further Korean effort to unify the peninsula and the temporary solution became a lasting one.',
  supportedBy: ['treaty-korean-armistice-1953', 'event-ussr-council-ministers-statement-end-war-1953',
                'event-dprk-military-unification-failure', 'event-kim-permanent-peace-pledge-1953',
                'event-dprk-military-delegation-moscow-1962', 'dispute-ussr-dprk-arms-payment-1962']
},

// ---------------------------------------------------------------------------------------------
// Aftereffects of the war (no note)
// ---------------------------------------------------------------------------------------------

// Wartime dependency as the root of self-reliance.
{id: 'claim-wartime-dependency-bred-self-reliance', type: 'claim',
  summary: 'Integration in the war cost North Korea its sovereignty, and the effort to regain autonomy afterwards gave birth to its self-reliance ideas',
  start: '1950', end: '1956',
  about: ['dprk', 'socialist-countries'],
  section: 'aftereffects',
  quote: 'Wartime integration was tantamount to a loss of sovereignty, and efforts to regain autonomy after the war greatly impacted the DPRK\'s domestic and foreign policies.',
  alsoNotes: [0],
  alsoQuotes: ['The war gave birth to self-reliance ideas.'],
  supportedBy: ['flow-socialist-countries-dprk-war-aid-1950-1953', 'flow-cpva-dprk-troops-armistice-1953',
                'event-kpa-integrated-cpva-command-1950-11', 'dispute-dprk-prc-unified-command-1950',
                'dispute-dprk-communist-allies-wartime-dependency', 'event-partisans-north-korea-first-approach']
},

// Eastern Europe as a third pillar, beside Moscow and Beijing.
{id: 'claim-east-europe-a-third-pillar', type: 'claim',
  summary: 'East European aid, often overlooked, linked the European and Asian parts of the Socialist world and was a third pillar of North Korea\'s integration',
  start: '1950', end: '1961',
  about: ['dprk', 'east-european-countries'],
  section: 'aftereffects',
  quote: 'East European aid to North Korea played a significant role in connecting the Western and Eastern parts of the Socialist world',
  alsoNotes: [0],
  alsoQuotes: ['thus constituting a significant third pillar in North Korea\'s international cooperation and integration'],
  supportedBy: ['flow-east-european-countries-dprk-war-aid-1950-1953', 'flow-east-european-countries-dprk-aid-1954-1961',
                'flow-east-european-countries-dprk-aid-share-1950s', 'flow-dprk-east-european-countries-orphans-war']
},

// ---------------------------------------------------------------------------------------------
// Divergence (no note on these passages; the notes are on the facts that support them)
// ---------------------------------------------------------------------------------------------

// The Chuch'e speech read as a bid for independence from both neighbours.
{id: 'claim-1955-speech-bid-for-independence', type: 'claim',
  summary: 'Kim Il Sung\'s Chuch\'e speech of December 1955 was an attempt at a more independent policy toward both of the DPRK\'s powerful neighbours',
  start: '1955-12', end: '1961',
  about: ['dprk', 'ussr', 'prc'],
  section: 'divergence',
  quote: 'The speech was an attempt to take a more independent policy vis-à-vis the DPRK\'s powerful neighbors',
  supportedBy: ['event-kim-chuche-speech-1955', 'dispute-kim-soviet-influence-soviet-koreans-1955',
                'dispute-kim-yanan-cadres-chuche-speech-1955', 'event-kim-intensifies-purges-1956',
                'event-dprk-chuche-national-policy-1960']
},

// The ideological root of the Sino-Soviet split.
{id: 'claim-singularity-behind-the-sino-soviet-split', type: 'claim',
  summary: 'Communist ideology admits a single truth and a single centre, so Chinese claims to lead made the Sino-Soviet disagreements a struggle for power',
  start: '1953', end: '1960s',
  about: ['ussr', 'prc'],
  section: 'divergence',
  quote: 'The principle of singularity (a single idea and "truth") is intrinsic in Communist ideology.',
  alsoNotes: [0],
  alsoQuotes: ['The idea of power sharing therefore seemed inconsistent with the concept of Communist society.'],
  supportedBy: ['dispute-prc-ussr-leadership-communist-movement', 'dispute-prc-ussr-ideology-power-struggle',
                'event-mao-pupil-better-than-teacher-speech-1958', 'dispute-prc-ussr-rivalry-building-communism',
                'dispute-ccp-cpsu-revisionism', 'event-sino-soviet-split-late-1950s']
},

// Self-reliance did not rule out integration.
{id: 'claim-integration-and-divergence-coexist', type: 'claim',
  summary: 'North Korea diverged and integrated at once: it pursued Chuch\'e while seeking the benefits of close economic ties, through bilateral links rather than COMECON',
  start: '1962', end: '1972',
  about: ['dprk', 'socialist-countries'],
  section: 'divergence',
  quote: 'According to North Korean reasoning, the self-reliant economy did not preclude integration in the Socialist world.',
  alsoNotes: [0],
  alsoQuotes: ['North Korean leadership wanted to pursue Chuch\'e policy, while obtaining the benefits of close economic ties with other countries.'],
  supportedBy: ['event-kulloja-self-reliant-economy-1963', 'dispute-dprk-comecon-revisionists-1963',
                'event-dprk-absent-from-comecon-1962-1972', 'flow-socialist-countries-dprk-loans-1962-1972',
                'flow-socialist-countries-dprk-industrial-projects-1962-1972', 'flow-ussr-dprk-trade-1960s',
                'flow-prc-dprk-trade-1960s']
},

// Self-reliance as a rejection of dependency, not of the world.
{id: 'claim-self-reliance-rejects-one-sided-ties', type: 'claim',
  summary: 'Self-reliance was not economic isolation but a rejection of one-sided economic ties with the allies, which meant political dependency',
  start: '1960', end: '1970',
  about: ['dprk'],
  section: 'divergence',
  quote: 'Self-reliance, therefore, was not necessarily economic isolation, but a rejection of a one-sided economic relationship with allies',
  alsoNotes: [0],
  alsoQuotes: ['during the time of its most pronounced self-reliance policy in the 1960s, North Korea extended its diplomatic and trade ties to non-Socialist countries.'],
  supportedBy: ['event-dprk-diplomatic-expansion-1960-1970', 'event-kim-leader-of-third-world-1968',
                'flow-dprk-japan-third-trading-partner-1969', 'dispute-dprk-comecon-revisionists-1963',
                'event-dprk-absent-from-comecon-1962-1972']
},

// Autarky as a shared tendency of the Socialist nationalists.
{id: 'claim-autarky-shared-with-albania-and-romania', type: 'claim',
  summary: 'North Korea\'s autarky fitted a wider tendency in Asia, shared in Eastern Europe by Albania and, less so, Romania, and it slowed the economy',
  start: '1960s',
  about: ['dprk', 'albania', 'romania', 'prc'],
  section: 'divergence',
  quote: 'In Eastern Europe, the countries of Albania and, to a lesser extent, Romania shared this philosophy.',
  alsoNotes: [0],
  alsoQuotes: ['The self-reliance paradigm seemed to be in sync with autarkic tendencies in Asia.'],
  supportedBy: ['event-deng-romanians-isolation-tomatoes-1965', 'event-ceausescu-rely-on-own-forces-1965',
                'relation-albania-prc-close-1960s', 'dispute-romania-ussr-nationalist-divergence-1960s',
                'event-dprk-seven-year-plan-1961']
},

// The correction of the late 1960s.
{id: 'claim-late-1960s-correction-toward-reintegration', type: 'claim',
  summary: 'Once relative isolation had cost it growth, North Korea softened its self-reliance, sought non-Socialist partners and tried to reintegrate into the Socialist system',
  start: '1965', end: '1972',
  about: ['dprk', 'socialist-countries'],
  section: 'divergence',
  quote: 'stimulated the North Korean leadership to readjust its self-reliance policy by looking for alternatives with non-Socialist countries and trying to reintegrate into the Socialist system',
  alsoNotes: [0],
  alsoQuotes: ['it decided to soften its self-reliance policy in the field of economic cooperation'],
  supportedBy: ['event-dprk-seven-year-plan-1961', 'event-dprk-military-spending-30-percent-1960s',
                'event-dprk-reconsiders-alliances-1965', 'event-kosygin-visit-pyongyang-1965',
                'treaty-ussr-dprk-long-term-trade-economic-1965', 'flow-ussr-dprk-economic-cooperation-1965',
                'event-dprk-bulgaria-normalization-begins-1968', 'relation-dprk-prc-normalized-1970',
                'flow-dprk-foreign-trade-gnp-1972']
},

// Moscow and Beijing as the twin pillars of the DPRK's diplomacy.
{id: 'claim-twin-pillars-equally-important', type: 'claim',
  summary: 'The Soviet Union and China, the twin pillars of North Korea\'s diplomacy, mattered equally to its integration into the Socialist world',
  start: '1950s', end: '1960s',
  about: ['dprk', 'ussr', 'prc'],
  section: 'divergence',
  quote: 'The twin pillars of the regime\'s diplomacy—the Soviet Union and China—played equally important roles in the DPRK\'s ongoing integration into the Socialist world.',
  supportedBy: ['flow-ussr-dprk-aid-1954-1961', 'flow-prc-dprk-aid-1954-1961',
                'treaty-ussr-dprk-friendship-cooperation-mutual-assistance',
                'treaty-prc-dprk-friendship-cooperation-mutual-assistance', 'flow-prc-dprk-grain-aid-1960',
                'treaty-ussr-dprk-long-term-trade-economic-1965', 'flow-ussr-dprk-trade-1960s',
                'flow-prc-dprk-trade-1960s', 'dispute-prc-ussr-competition-for-dprk-1958']
},

// Not a periphery: a frontier and a bridge.
{id: 'claim-dprk-a-frontier-not-a-periphery', type: 'claim',
  summary: 'North Korea was no mere periphery of Moscow and Beijing but a frontier of socialism and an intermediary between the rival Communist camps',
  start: '1960s',
  about: ['dprk', 'ussr', 'prc'],
  section: 'divergence',
  quote: 'P\'yŏngyang was not simply a periphery revolving around two Socialist centers, Moscow and Beijing.',
  alsoNotes: [0],
  alsoQuotes: ['The DPRK\'s claim of being a frontier of socialism thus appears to have some substance'],
  supportedBy: ['event-socialist-world-two-arches-1960s', 'event-dprk-place-in-nonaligned-movement',
                'dispute-prc-ussr-competition-for-dprk-1958', 'event-dprk-mediation-new-year-dinner-1962',
                'relation-dprk-ussr-ties-rest-of-cold-war', 'relation-dprk-prc-ties-rest-of-cold-war']
},

// The Soviet bloc seen from P'yŏngyang: no monolith.
{id: 'claim-soviet-bloc-a-rug-not-a-monolith', type: 'claim',
  summary: 'The Soviet bloc was no monolith: North Korea\'s ties with each East European state followed their own course, with disputes and cooperation side by side',
  start: '1956', end: '1968',
  about: ['dprk', 'east-european-countries', 'ussr'],
  section: 'divergence',
  quote: 'The Soviet camp might have seemed monolithic, but a closer look reveals a more complex and uneven picture of relations between Socialist states',
  alsoNotes: [0],
  alsoQuotes: ['something we may characterize as a rug, with patches, holes, and disputes, as well as cooperative relations.'],
  supportedBy: ['relation-dprk-hungary-standstill-1956', 'dispute-dprk-bulgaria-four-students-1962',
                'event-dprk-bulgaria-expel-ambassadors-1962', 'event-dprk-bulgaria-normalization-begins-1968',
                'relation-dprk-romania-close-1962', 'dispute-dprk-gdr-sed-congress-1963']
},

// ---------------------------------------------------------------------------------------------
// Conclusion (no endnotes)
// ---------------------------------------------------------------------------------------------

// The war joined the Soviet Union and China, then drove them apart.
{id: 'claim-korean-war-joined-then-parted-ussr-and-prc', type: 'claim',
  summary: 'The Korean War brought the Socialist camp together, but it and its aftermath did much to drive the Soviet Union and China apart',
  start: '1950', end: '1960s',
  about: ['ussr', 'prc'],
  section: 'conclusion',
  quote: 'over time the war and its aftermath became a key factor in driving the USSR and China apart.',
  alsoNotes: [0],
  alsoQuotes: ['The Korean War exposed the limits of the Sino-Soviet alliance.'],
  supportedBy: ['relation-ussr-prc-war-tested-alliance-1950', 'dispute-ussr-prc-air-support-1950',
                'dispute-ussr-prc-competition-korea-1950', 'dispute-prc-ussr-younger-brother-korean-war',
                'event-sino-soviet-split-late-1950s']
},

// The shape of the whole story.
{id: 'claim-swings-between-integration-and-divergence', type: 'claim',
  summary: 'North Korea\'s history since the Korean War is one of swings between integration into the Socialist world and divergence from it',
  start: '1950', end: '..',
  about: ['dprk', 'ussr', 'prc'],
  section: 'conclusion',
  quote: 'These swings between integration and divergence have defined North Korea\'s history from the Korean War to the present.',
  alsoNotes: [0],
  alsoQuotes: ['In both cases North Korea was the node simultaneously connecting and disconnecting the two arches of the Socialist world.'],
  supportedBy: ['relation-dprk-socialist-countries-wartime-integration-1950', 'event-kim-chuche-speech-1955',
                'relation-dprk-ussr-frozen-1962', 'relation-dprk-prc-close-1962', 'relation-dprk-ussr-improved-1965',
                'relation-dprk-prc-frozen-1966', 'relation-dprk-prc-normalized-1970']
}
] AS fact
MERGE (f:Fact {id: fact.id})
SET f:Claim, f += fact;
