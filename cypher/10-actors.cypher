// Alliance Graph: actors. Ids are stable lowercase ASCII; names and aliases keep the article's
// spellings (with its diacritics) beside the common romanizations. A look-up by name ignores case,
// diacritics, apostrophes, hyphens and spaces.
// start/end give an actor's existence where it matters to the period (common record, not the
// article); cow is the Correlates of War state code (not unique: 710 is China before and after 1949).

// States
UNWIND [
  {id: 'dprk', name: 'Democratic People\'s Republic of Korea', short: 'DPRK', cow: 731, start: '1948-09-09', end: '..',
   aliases: ['North Korea', 'DPRK', 'P\'yŏngyang', 'Pyongyang', 'Korea (North)'],
   description: 'North Korea; before 1948-09-09 the id also stands for the Soviet-occupied North under its Korean authorities'},
  {id: 'rok', name: 'Republic of Korea', short: 'ROK', cow: 732, start: '1948-08-15', end: '..',
   aliases: ['South Korea', 'ROK', 'Seoul', 'Korea (South)']},
  {id: 'ussr', name: 'Union of Soviet Socialist Republics', short: 'USSR', cow: 365, start: '1922-12-30', end: '1991-12-26',
   aliases: ['Soviet Union', 'USSR', 'Moscow', 'the Soviets', 'Kremlin']},
  {id: 'prc', name: 'People\'s Republic of China', short: 'PRC', cow: 710, start: '1949-10-01', end: '..',
   aliases: ['China', 'PRC', 'Beijing', 'Peking', 'Communist China']},
  {id: 'roc', name: 'Republic of China (Nationalist China)', short: 'ROC', cow: 710, start: '1912-01-01', end: '..',
   aliases: ['Nationalist China', 'Nationalists', 'Kuomintang', 'KMT', 'Taiwan'],
   description: 'COW 710 while it governed China; 713 for Taiwan after 1949'},
  {id: 'usa', name: 'United States of America', short: 'USA', cow: 2, start: '1776-07-04', end: '..',
   aliases: ['United States', 'USA', 'US', 'America', 'Washington']},
  {id: 'japan', name: 'Japan', short: 'Japan', cow: 740, start: '..', end: '..', aliases: ['Tokyo']},
  {id: 'mongolia', name: 'Mongolian People\'s Republic', short: 'Mongolia', cow: 712, start: '1921-07-11', end: '..', aliases: ['Mongolia', 'Outer Mongolia']},
  {id: 'bulgaria', name: 'People\'s Republic of Bulgaria', short: 'Bulgaria', cow: 355, start: '1946-09-15', end: '1990-11-15', aliases: ['Bulgaria', 'Sofia']},
  {id: 'romania', name: 'Romanian People\'s Republic', short: 'Romania', cow: 360, start: '1947-12-30', end: '1989-12-22', aliases: ['Romania', 'Rumania', 'Bucharest']},
  {id: 'hungary', name: 'Hungarian People\'s Republic', short: 'Hungary', cow: 310, start: '1949-08-20', end: '1989-10-23', aliases: ['Hungary', 'Budapest']},
  {id: 'poland', name: 'Polish People\'s Republic', short: 'Poland', cow: 290, start: '1947-02-19', end: '1989-12-31', aliases: ['Poland', 'Warsaw']},
  {id: 'gdr', name: 'German Democratic Republic', short: 'GDR', cow: 265, start: '1949-10-07', end: '1990-10-03', aliases: ['East Germany', 'GDR', 'DDR', 'East Berlin']},
  {id: 'czechoslovakia', name: 'Czechoslovakia', short: 'Czechoslovakia', cow: 315, start: '1918-10-28', end: '1992-12-31', aliases: ['Czechoslovak Republic', 'Prague', 'CSSR']},
  {id: 'albania', name: 'People\'s Republic of Albania', short: 'Albania', cow: 339, start: '1946-01-11', end: '..', aliases: ['Albania', 'Tirana']},
  {id: 'yugoslavia', name: 'Federal People\'s Republic of Yugoslavia', short: 'Yugoslavia', cow: 345, start: '1945-11-29', end: '1992-04-27', aliases: ['Yugoslavia', 'Belgrade']},
  {id: 'vietnam', name: 'Democratic Republic of Vietnam', short: 'DRV', cow: 816, start: '1945-09-02', end: '..', aliases: ['Vietnam', 'North Vietnam', 'DRV', 'Hanoi']},
  {id: 'cuba', name: 'Cuba', short: 'Cuba', cow: 40, start: '..', end: '..', aliases: ['Havana']},
  {id: 'india', name: 'India', short: 'India', cow: 750, start: '1947-08-15', end: '..', aliases: ['New Delhi']},
  {id: 'united-kingdom', name: 'United Kingdom', short: 'UK', cow: 200, start: '..', end: '..', aliases: ['Britain', 'UK', 'Great Britain']}
] AS row
MERGE (a:Actor {id: row.id})
SET a:State, a += row, a.kind = 'state';

// International organizations and alliances
UNWIND [
  {id: 'un', name: 'United Nations', short: 'UN', start: '1945-10-24', end: '..', aliases: ['UN', 'United Nations Organization']},
  {id: 'comecon', name: 'Council for Mutual Economic Assistance', short: 'COMECON', start: '1949-01-25', end: '1991-06-28', aliases: ['COMECON', 'CMEA', 'Comecon']},
  {id: 'warsaw-pact', name: 'Warsaw Treaty Organization', short: 'Warsaw Pact', start: '1955-05-14', end: '1991-07-01', aliases: ['Warsaw Pact', 'WTO']},
  {id: 'nonaligned-movement', name: 'Non-Aligned Movement', short: 'NAM', start: '1961-09-01', end: '..', aliases: ['nonaligned movement', 'NAM']}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Organization, a += row, a.kind = 'international organization';

// Commands: the UN side's command and the joint commands of the Communist side
UNWIND [
  {id: 'unc', name: 'United Nations Command', short: 'UNC', start: '1950-07-07', end: '..', aliases: ['UNC', 'UN Command', 'UN forces', 'UN side']},
  {id: 'joint-command', name: 'Sino-Korean Joint Command', short: 'Joint Command', start: '1950-12', end: '1953-07-27',
   aliases: ['unified CPVA-KPA command', 'Sino-North Korean Joint Headquarters', 'Sino-Korean Joint Headquarters', 'unified command']},
  {id: 'joint-railway-command', name: 'Sino-Korean Joint Railway Transportation Command', short: 'Joint Railway Command', start: '1951-08-01', end: '..',
   aliases: ['Joint Railway Transportation Command', 'Shenyang railway command']},
  {id: 'frontline-transportation-command', name: 'Frontline Transportation Command', short: 'Frontline Transportation Command', start: '1951-11', end: '..',
   aliases: ['Anju transportation command']},
  {id: 'cmc', name: 'Central Military Commission of the CCP', short: 'CMC', start: '..', end: '..', aliases: ['CMC', 'Central Military Commission']}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Command, a += row, a.kind = 'command';

// Parties and party bodies
UNWIND [
  {id: 'kwp', name: 'Korean Workers\' Party', short: 'KWP', start: '1949-06-30', end: '..', aliases: ['KWP', 'Workers\' Party of Korea', 'WPK', 'Korean Workers Party', 'Chosŏn Nodongdang']},
  {id: 'kwp-cc', name: 'Central Committee of the Korean Workers\' Party', short: 'CC KWP', start: '..', end: '..', aliases: ['CC KWP', 'KWP Central Committee']},
  {id: 'ccp', name: 'Chinese Communist Party', short: 'CCP', start: '1921-07-01', end: '..', aliases: ['CCP', 'Communist Party of China', 'CPC', 'Chinese Communists']},
  {id: 'ccp-northeast-bureau', name: 'Northeast Bureau of the CCP', short: 'CCP Northeast Bureau', start: '1945', end: '..', aliases: ['Northeast Bureau']},
  {id: 'cpsu', name: 'Communist Party of the Soviet Union', short: 'CPSU', start: '..', end: '1991-11-06', aliases: ['CPSU', 'Soviet Communist Party']},
  {id: 'cpsu-cc', name: 'Central Committee of the Communist Party of the Soviet Union', short: 'CC CPSU', start: '..', end: '1991-11-06', aliases: ['CCPSU', 'CC CPSU']},
  {id: 'sed', name: 'Socialist Unity Party of Germany', short: 'SED', start: '1946-04-21', end: '1989-12-16', aliases: ['SED', 'German United Socialist Party']},
  {id: 'ksc', name: 'Communist Party of Czechoslovakia', short: 'KSČ', start: '1921-05-14', end: '1992-04-30', aliases: ['KSC', 'Czechoslovak Communist Party']},
  {id: 'romanian-communist-party', name: 'Romanian Communist Party', short: 'RCP', start: '1921-05-08', end: '1989-12-22', aliases: ['RCP', 'Romanian Workers\' Party']}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Party, a += row, a.kind = 'party';

// Armies and armed forces
UNWIND [
  {id: 'kpa', name: 'Korean People\'s Army', short: 'KPA', start: '1948-02-08', end: '..', aliases: ['KPA', 'North Korean army', 'North Korean forces']},
  {id: 'kpa-air-force', name: 'Korean People\'s Army Air Force', short: 'KPA air force', start: '..', end: '..', aliases: ['North Korean air force']},
  {id: 'kpa-navy', name: 'Korean People\'s Army Navy', short: 'KPA navy', start: '..', end: '..', aliases: ['North Korean navy', 'navy of the DPRK']},
  {id: 'cpva', name: 'Chinese People\'s Volunteer Army', short: 'CPVA', start: '1950-10', end: '1958-10', aliases: ['CPVA', 'Chinese People\'s Volunteers', 'Chinese volunteers', 'CPV']},
  {id: 'pla', name: 'People\'s Liberation Army', short: 'PLA', start: '1927-08-01', end: '..', aliases: ['PLA', 'Chinese People\'s Liberation Army']},
  {id: 'pla-air-force', name: 'Chinese Air Force', short: 'PLAAF', start: '1949-11-11', end: '..', aliases: ['Chinese air force', 'PLAAF']},
  {id: 'soviet-army', name: 'Soviet Armed Forces', short: 'Red Army', start: '..', end: '..', aliases: ['Red Army', 'Soviet Army', 'Soviet forces']},
  {id: 'soviet-64th-air-corps', name: 'Soviet 64th Fighter Air Corps', short: '64th Air Corps', start: '1950-11', end: '1953-07', aliases: ['64th Air Corps', 'Soviet air force in Korea']},
  {id: 'rok-army', name: 'Republic of Korea Army', short: 'ROK army', start: '1948-08-15', end: '..', aliases: ['South Korean army', 'ROK forces', 'ROK Army']},
  {id: 'us-forces', name: 'United States Armed Forces', short: 'US forces', start: '..', end: '..', aliases: ['American forces', 'US Air Force', 'American air force']},
  {id: 'nationalist-army', name: 'Nationalist Chinese army', short: 'Nationalist troops', start: '..', end: '..', aliases: ['Nationalist troops', 'KMT army']},
  {id: 'kwantung-army', name: 'Japanese Kwantung Army', short: 'Kantō Army', start: '1919', end: '1945-08', aliases: ['Kantō Army', 'Kanto Army', 'Kwantung Army']},
  {id: 'worker-peasant-red-guards', name: 'Worker-Peasant Red Guards', short: 'Red Guards', start: '1959', end: '..', aliases: ['Worker\'s and Peasant\'s Red Guards', 'Workers\' and Peasants\' Red Guards']},
  {id: 'red-young-guards', name: 'Red Young Guards', short: 'Red Young Guards', start: '..', end: '..', aliases: []}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Army, a += row, a.kind = 'army';

// Government bodies
UNWIND [
  {id: 'ussr-council-of-ministers', name: 'Council of Ministers of the USSR', short: 'Soviet Council of Ministers', start: '1946-03-15', end: '1991', aliases: ['Soviet Council of Ministers', 'Council of Ministers']},
  {id: 'dprk-committee-for-help', name: 'North Korea\'s Committee for Help', short: 'Committee for Help', start: '..', end: '..', aliases: ['Committee for Help']}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Organization, a += row, a.kind = 'government body';

// Factions within the KWP
UNWIND [
  {id: 'partisan-group', name: 'Kim Il Sung\'s guerrilla (partisan) group', short: 'Partisans', start: '..', end: '..', aliases: ['partisans', 'guerrilla group', 'Manchurian guerrillas']},
  {id: 'yanan-group', name: 'Yan\'an group', short: 'Yan\'an group', start: '..', end: '..', aliases: ['Yan\'an faction', 'Yenan faction', 'Koreans returned from China']},
  {id: 'soviet-koreans', name: 'Soviet Koreans', short: 'Soviet group', start: '..', end: '..', aliases: ['Soviet group', 'Soviet faction']}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Faction, a += row, a.kind = 'faction';

// Groups, with their members
UNWIND [
  {id: 'east-european-countries', name: 'East European countries', short: 'Eastern Europe', start: '..', end: '..',
   aliases: ['Eastern Europe', 'East European countries', 'Soviet bloc in Europe'],
   members: ['bulgaria', 'romania', 'hungary', 'poland', 'gdr', 'czechoslovakia', 'albania']},
  {id: 'socialist-countries', name: 'Socialist countries', short: 'Socialist camp', start: '..', end: '..',
   aliases: ['Socialist camp', 'fraternal countries', 'socialist and democratic camp', 'Socialist system'],
   members: ['ussr', 'prc', 'mongolia', 'vietnam', 'bulgaria', 'romania', 'hungary', 'poland', 'gdr', 'czechoslovakia', 'albania']},
  {id: 'nonaligned-countries', name: 'Developing nonaligned countries', short: 'Nonaligned countries', start: '..', end: '..',
   aliases: ['Third World', 'nonaligned countries'], members: []}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Group, a += row, a.kind = 'group';

// People. Each acts for a state or party (ACTS_FOR below); offices are facts of type role.
UNWIND [
  {id: 'kim-il-sung', name: 'Kim Il Sung', aliases: ['Kim Il-sung', 'Kim Ilsŏng', 'Kim Il-song', 'Kim Ilsong']},
  {id: 'kim-jong-un', name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim Chŏngŭn']},
  {id: 'pak-honyong', name: 'Pak Hŏnyŏng', aliases: ['Pak Hon-yong', 'Pak Honyong', 'Park Hon-yong']},
  {id: 'pak-ilu', name: 'Pak Ilu', aliases: ['Pak Il-u', 'Pak Il-yu']},
  {id: 'kim-ung', name: 'Kim Ŭng', aliases: ['Kim Ung']},
  {id: 'nam-il', name: 'Nam Il', aliases: ['Nam Il']},
  {id: 'pak-changok', name: 'Pak Ch\'angok', aliases: ['Pak Chang-ok', 'Pak Changok']},
  {id: 'kim-sunghwa', name: 'Kim Sŭnghwa', aliases: ['Kim Sung-hwa', 'Kim Sunghwa']},
  {id: 'ho-tam', name: 'Hŏ Tam', aliases: ['Ho Tam', 'Heo Dam']},
  {id: 'pak-songchol', name: 'Pak Sŏngch\'ol', aliases: ['Park Sŏngch\'ol', 'Pak Song-chol', 'Park Song-chol']},
  {id: 'yu-songchol', name: 'Yu Sŏngch\'ŏl', aliases: ['Yu Song-chol', 'Yu Songchol']},
  {id: 'ho-chon', name: 'Hŏ Ch\'ŏn', aliases: ['Ho Chon']},
  {id: 'syngman-rhee', name: 'Syngman Rhee', aliases: ['Yi Sŭngman', 'Rhee', 'Yi Sungman']},
  {id: 'park-chung-hee', name: 'Park Chung Hee', aliases: ['Pak Chŏnghŭi', 'Park Chung-hee', 'Pak Chonghui']},
  {id: 'stalin', name: 'Joseph Stalin', aliases: ['Stalin', 'J. Stalin', 'Iosif Stalin']},
  {id: 'vyshinsky', name: 'Andrei Vyshinsky', aliases: ['Vyshinsky', 'Vyshinskii']},
  {id: 'gromyko', name: 'Andrei Gromyko', aliases: ['Gromyko']},
  {id: 'mikoyan', name: 'Anastas Mikoyan', aliases: ['Mikoyan']},
  {id: 'kosygin', name: 'Alexei Kosygin', aliases: ['Kosygin', 'Aleksei Kosygin']},
  {id: 'shtykov', name: 'Terentii Shtykov', aliases: ['Shtykov', 'Terentii Fomich Shtykov', 'Terenti Shtykov']},
  {id: 'razuvaev', name: 'V. N. Razuvaev', aliases: ['Razuvaev', 'Ruzavaev', 'Vladimir Razuvaev']},
  {id: 'roschin', name: 'N. V. Roschin', aliases: ['Roschin', 'Roshchin', 'N. V. Roshchin']},
  {id: 'vasilevsky', name: 'Aleksandr Vasilevsky', aliases: ['Vasylevskii', 'Vasilevskii', 'Marshal Vasilevsky']},
  {id: 'petrov', name: 'A. M. Petrov', aliases: ['Petrov']},
  {id: 'moskovsky', name: 'Vasily Moskovsky', aliases: ['Moskovsky', 'Moskovskii']},
  {id: 'mao-zedong', name: 'Mao Zedong', aliases: ['Mao', 'Mao Tse-tung', 'Chairman Mao']},
  {id: 'zhou-enlai', name: 'Zhou Enlai', aliases: ['Zhou', 'Chou En-lai']},
  {id: 'liu-shaoqi', name: 'Liu Shaoqi', aliases: ['Liu Shao-ch\'i']},
  {id: 'peng-dehuai', name: 'Peng Dehuai', aliases: ['Peng', 'P\'eng Te-huai']},
  {id: 'li-kenong', name: 'Li Kenong', aliases: ['Li K\'o-nung']},
  {id: 'deng-xiaoping', name: 'Deng Xiaoping', aliases: ['Deng', 'Teng Hsiao-p\'ing']},
  {id: 'qiao-xiaoguang', name: 'Qiao Xiaoguang', aliases: ['Ch\'iao Hsiao-kuang']},
  {id: 'chiang-kai-shek', name: 'Chiang Kai-shek', aliases: ['Chiang', 'Jiang Jieshi']},
  {id: 'truman', name: 'Harry S. Truman', aliases: ['Truman']},
  {id: 'ridgway', name: 'Matthew Ridgway', aliases: ['Matthew Ridgeway', 'Ridgeway', 'Ridgway']},
  {id: 'mark-clark', name: 'Mark W. Clark', aliases: ['Mark Clark', 'General Clark']},
  {id: 'gottwald', name: 'Klement Gottwald', aliases: ['Gottwald']},
  {id: 'ceausescu', name: 'Nicolae Ceaușescu', aliases: ['Ceausescu', 'Nicolae Ceausescu']},
  {id: 'stoichkov', name: 'Ljuben Stoichkov', aliases: ['Luben Stoichkov', 'Lyuben Stoichkov']},
  {id: 'chakurov', name: 'Krasimir Chakurov', aliases: []},
  {id: 'pavlov', name: 'Ljuben Pavlov', aliases: ['Lyuben Pavlov']},
  {id: 'becker', name: 'Ambassador Becker (GDR)', aliases: ['Becker']}
] AS row
MERGE (a:Actor {id: row.id})
SET a:Person, a += row, a.kind = 'person';

// Members of groups
MATCH (g:Actor:Group)
UNWIND g.members AS memberId
MATCH (m:Actor {id: memberId})
MERGE (m)-[:MEMBER_OF]->(g);

// Who acts for whom. A fact's dyads are drawn between the top-level actors (states, mostly) that
// its actors act for on the fact's date; from/to bound an affiliation that changed.
UNWIND [
  {actor: 'kim-il-sung', for: 'dprk'}, {actor: 'kim-jong-un', for: 'dprk'}, {actor: 'pak-honyong', for: 'dprk'},
  {actor: 'pak-ilu', for: 'dprk'}, {actor: 'kim-ung', for: 'dprk'}, {actor: 'nam-il', for: 'dprk'},
  {actor: 'pak-changok', for: 'dprk'}, {actor: 'kim-sunghwa', for: 'dprk'}, {actor: 'ho-tam', for: 'dprk'},
  {actor: 'pak-songchol', for: 'dprk'}, {actor: 'yu-songchol', for: 'dprk'}, {actor: 'ho-chon', for: 'dprk'},
  {actor: 'kwp', for: 'dprk'}, {actor: 'kwp-cc', for: 'kwp'}, {actor: 'kpa', for: 'dprk'},
  {actor: 'kpa-air-force', for: 'kpa'}, {actor: 'kpa-navy', for: 'kpa'}, {actor: 'worker-peasant-red-guards', for: 'dprk'},
  {actor: 'red-young-guards', for: 'dprk'}, {actor: 'dprk-committee-for-help', for: 'dprk'},
  {actor: 'partisan-group', for: 'kwp'}, {actor: 'yanan-group', for: 'kwp'}, {actor: 'soviet-koreans', for: 'kwp'},
  {actor: 'syngman-rhee', for: 'rok'}, {actor: 'park-chung-hee', for: 'rok'}, {actor: 'rok-army', for: 'rok'},
  {actor: 'stalin', for: 'ussr'}, {actor: 'vyshinsky', for: 'ussr'}, {actor: 'gromyko', for: 'ussr'},
  {actor: 'mikoyan', for: 'ussr'}, {actor: 'kosygin', for: 'ussr'}, {actor: 'shtykov', for: 'ussr'},
  {actor: 'razuvaev', for: 'ussr'}, {actor: 'roschin', for: 'ussr'}, {actor: 'vasilevsky', for: 'ussr'},
  {actor: 'petrov', for: 'ussr'}, {actor: 'moskovsky', for: 'ussr'}, {actor: 'cpsu', for: 'ussr'},
  {actor: 'cpsu-cc', for: 'cpsu'}, {actor: 'soviet-army', for: 'ussr'}, {actor: 'soviet-64th-air-corps', for: 'soviet-army'},
  {actor: 'ussr-council-of-ministers', for: 'ussr'},
  {actor: 'mao-zedong', for: 'ccp'}, {actor: 'zhou-enlai', for: 'ccp'}, {actor: 'liu-shaoqi', for: 'ccp'},
  {actor: 'peng-dehuai', for: 'ccp'}, {actor: 'li-kenong', for: 'ccp'}, {actor: 'deng-xiaoping', for: 'ccp'},
  {actor: 'qiao-xiaoguang', for: 'prc'}, {actor: 'ccp-northeast-bureau', for: 'ccp'}, {actor: 'cmc', for: 'ccp'},
  {actor: 'pla', for: 'ccp'}, {actor: 'pla-air-force', for: 'pla'}, {actor: 'cpva', for: 'prc'},
  {actor: 'ccp', for: 'prc', from: date('1949-10-01')},
  {actor: 'chiang-kai-shek', for: 'roc'}, {actor: 'nationalist-army', for: 'roc'},
  {actor: 'truman', for: 'usa'}, {actor: 'us-forces', for: 'usa'},
  {actor: 'ridgway', for: 'unc'}, {actor: 'mark-clark', for: 'unc'},
  {actor: 'kwantung-army', for: 'japan'},
  {actor: 'gottwald', for: 'czechoslovakia'}, {actor: 'ksc', for: 'czechoslovakia'},
  {actor: 'sed', for: 'gdr'}, {actor: 'becker', for: 'gdr'},
  {actor: 'ceausescu', for: 'romania'}, {actor: 'romanian-communist-party', for: 'romania'},
  {actor: 'stoichkov', for: 'bulgaria'}, {actor: 'chakurov', for: 'bulgaria'}, {actor: 'pavlov', for: 'bulgaria'}
] AS row
MATCH (a:Actor {id: row.actor}), (b:Actor {id: row.for})
MERGE (a)-[r:ACTS_FOR]->(b)
SET r.from = row.from, r.to = row.to;
