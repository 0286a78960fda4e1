/**
 * Invented-record ingredients for the synthetic evaluation set: common given names and
 * surnames of several origins, street and place names. Written for this bench from general
 * knowledge; no record of any real data set is copied.
 */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const GIVEN_NAMES = words(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew
  anthony donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason
  jeffrey ryan jacob gary nicholas eric stephen jonathan larry justin scott brandon benjamin samuel
  frank gregory raymond alexander patrick jack dennis jerry tyler aaron henry adam douglas nathan
  peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur
  austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty
  sandra ashley dorothy kimberley emily donna michelle carol amanda melissa deborah stephanie rebecca
  laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine
  emma ruth christine catherine debra rachel carolyn janet virginia maria heather diane julie joyce
  victoria kelly christina joan evelyn lauren judith olivia frances martha cheryl megan andrea hannah
  jacqueline ann jean alice kathryn gloria teresa doris sara janice julia marie madison grace judy
  theresa beverley denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis
  lori kayla jane charlotte isabella mia ava chloe zoe lily ella ruby harper scarlett
  ahmed mohammed fatima aisha omar ali hassan yusuf layla zainab ibrahim khalid amina mariam
  ivan olga natalia sergei dmitri anastasia tatiana mikhail elena svetlana andrei yulia viktor irina
  giorgos eleni dimitris katerina nikos maria sofia konstantinos
  wei li ming hui jun xiao anh minh linh thanh hoa duc priya rahul anita sunil deepak kavita
  jose carlos luis miguel ana lucia carmen pedro javier rosa juana francisco
  kwame ama kofi abena chidi ngozi emeka amara tunde folake
`);

export const SURNAMES = words(`
  smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
  wilson anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark
  ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green adams
  nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker
  cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper
  peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james
  bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez
  powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez
  simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole
  hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens
  harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker
  guzman burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz
  hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox warren mills meyer rice
  schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn kelley
  spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham
  duncan armstrong hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman
  johnston matthews pena richards willis carpenter lawrence sandoval obrien mcallister fitzgerald
  petrov ivanov smirnov kuznetsov popov sokolov lebedev kozlov novikov morozov volkov solovyov
  petrova ivanova smirnova kuznetsova popova sokolova volkova kovalenko shevchenko bondarenko
  papadopoulos georgiou dimitriou nikolaou konstantinou ioannou christodoulou
  alrashid haddad khalil nasser mansour hamdan saleh farouk aziz rahman hussein karimi
  wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo
  pham hoang phan vu dang bui do ho ngo duong ly sharma singh kumar gupta mehta reddy iyer
  okafor mensah boateng adeyemi okonkwo nwosu asante owusu diallo traore
`);

export const STREET_NAMES = words(`
  high church station park victoria mill school queen king green manor north south west east
  london york oxford cambridge bridge elm oak maple cedar willow ash birch pine chestnut hawthorn
  meadow orchard spring river lake forest hill valley grove garden windsor albert alexandra
  stanley nelson wellington clarence beaumont kingston richmond hamilton lincoln franklin
  jefferson madison jackson washington harbour market castle abbey priory chapel rectory
  marlborough salisbury grosvenor cavendish devonshire somerset dorset sussex kent essex
`);

export const STREET_TYPES = words('street road avenue lane drive place crescent court close way terrace parade');

/** Abbreviations a clerk may write instead of the full street type. */
export const STREET_TYPE_SHORT: Readonly<Record<string, string>> = {
  street: 'st', road: 'rd', avenue: 'ave', lane: 'ln', drive: 'dr', place: 'pl', crescent: 'cres',
  court: 'ct', close: 'cl', terrace: 'tce', parade: 'pde', way: 'way',
};

export const LOCALITIES = words(`
  ashford bramley carlton denton eastwood fairfield glenroy hadley ingleby jarrow kingsbury
  langley milton newport oakley preston queensbury redhill stanton thornbury upton waverley
  westbury yarmouth allerton bexley chesterfield dunmore elmstead fenwick greystone hartley
  kirkby lindale marsden northfield oldham pemberton ravensworth selby tamworth ulverston
  wakefield whitby blackburn bolton burnley camden dalston ealing fulham hackney islington
  kensington lambeth mitcham norwood peckham richmond southall tooting walthamstow wimbledon
  brighton hove lewes worthing crawley horsham reigate dorking guildford woking farnham
`);

/** St/Mt forms a locality may be written with; normalisation spells them out. */
export const LOCALITY_PREFIXES = ['saint', 'mount', 'port', 'north', 'south', 'east', 'west', 'upper', 'lower'];

export const REGIONS = words('nsw vic qld sa wa tas nt act');

/** Full names a clerk may write for a region; normalisation abbreviates them. */
export const REGION_FULL: Readonly<Record<string, string>> = {
  nsw: 'New South Wales', vic: 'Victoria', qld: 'Queensland', sa: 'South Australia',
  wa: 'Western Australia', tas: 'Tasmania', nt: 'Northern Territory', act: 'Australian Capital Territory',
};

/**
 * Names as recorded in another script, with the Latin spellings clerks give them: the
 * transliteration a record in Cyrillic or Greek must still match.
 */
export const TRANSLITERATED: ReadonlyArray<{ readonly native: string; readonly latin: readonly string[] }> = [
  { native: 'Иван', latin: ['ivan'] },
  { native: 'Ольга', latin: ['olga', 'olha'] },
  { native: 'Наталья', latin: ['natalya', 'natalia', 'natalja'] },
  { native: 'Сергей', latin: ['sergey', 'sergei', 'serhiy'] },
  { native: 'Дмитрий', latin: ['dmitry', 'dmitri', 'dmytro'] },
  { native: 'Анастасия', latin: ['anastasia', 'anastasiya'] },
  { native: 'Татьяна', latin: ['tatiana', 'tatyana'] },
  { native: 'Михаил', latin: ['mikhail', 'mykhailo'] },
  { native: 'Елена', latin: ['elena', 'yelena', 'olena'] },
  { native: 'Юлия', latin: ['yulia', 'julia', 'yuliya'] },
  { native: 'Петров', latin: ['petrov'] },
  { native: 'Иванова', latin: ['ivanova'] },
  { native: 'Кузнецов', latin: ['kuznetsov', 'kuznetsow'] },
  { native: 'Соловьёв', latin: ['solovyov', 'soloviev', 'solovyev'] },
  { native: 'Шевченко', latin: ['shevchenko', 'schewtschenko'] },
  { native: 'Ковальчук', latin: ['kovalchuk', 'kowalczuk'] },
  { native: 'Γιώργος', latin: ['giorgos', 'yiorgos', 'georgios'] },
  { native: 'Ελένη', latin: ['eleni', 'helen'] },
  { native: 'Παπαδόπουλος', latin: ['papadopoulos'] },
  { native: 'Νικολάου', latin: ['nikolaou', 'nicolaou'] },
];
