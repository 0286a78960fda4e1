/**
 * Names by origin and script, written for the generator from general knowledge (no record of any
 * real data set). A name is `native|latin1/latin2…`: the spelling in the person's own script (or
 * with its diacritics), then the Latin forms different offices write for it — the first is the
 * passport's (ICAO / national romanisation), the others what a caseworker, a police officer or a
 * bank clerk may type. Names already plain ASCII have no `|`.
 */
export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic';

export interface NameForm {
  /** In the person's own script or with diacritics; equals latin[0] for plain ASCII names. */
  readonly native: string;
  readonly latin: readonly string[];
}

export interface Origin {
  /** ISO 3166-1 alpha-2 of the country the person is from. */
  readonly country: string;
  readonly script: Script;
  /** Family name first, as Vietnamese names are written at home. */
  readonly familyFirst: boolean;
  readonly female: readonly NameForm[];
  readonly male: readonly NameForm[];
  readonly family: readonly NameForm[];
  /** Country calling code and mobile prefixes of the national significant number, with its length. */
  readonly phone: { readonly code: string; readonly prefixes: readonly string[]; readonly length: number };
  /** Localities people live in, by name. */
  readonly localities: readonly string[];
}

const forms = (text: string): NameForm[] =>
  text
    .trim()
    .split(/\s*,\s*/)
    .map((entry) => {
      const [native = '', latin] = entry.split('|');
      return { native, latin: latin ? latin.split('/') : [native] };
    });

export const ORIGINS: readonly Origin[] = [
  {
    country: 'MD', script: 'Latin', familyFirst: false,
    female: forms('Ana, Maria, Elena, Cristina, Natalia, Olga, Tatiana, Doina, Mihaela, Alina, Ludmila, Nadejda'),
    male: forms('Ion, Vasile, Andrei, Mihai, Sergiu, Victor, Nicolae, Dumitru, Gheorghe, Alexandru'),
    family: forms('Rusu, Ceban, Ciobanu, Munteanu, Lungu, Cojocaru, Țurcanu|Turcanu, Răileanu|Raileanu, Sîrbu|Sirbu/Sarbu, Botnaru, Moraru, Guțu|Gutu'),
    phone: { code: '373', prefixes: ['60', '67', '68', '69', '78', '79'], length: 8 },
    localities: ['Chișinău', 'Bălți', 'Cahul', 'Ungheni', 'Soroca', 'Orhei'],
  },
  {
    country: 'RO', script: 'Latin', familyFirst: false,
    female: forms('Ioana, Andreea, Elena, Maria, Alexandra, Gabriela, Ramona, Florentina, Loredana, Denisa'),
    male: forms('Ionuț|Ionut, Marian, Florin, Cătălin|Catalin, Bogdan, Costel, Adrian, Daniel, Gheorghe, Marius'),
    family: forms('Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Gheorghe, Matei, Ciobanu, Rădulescu|Radulescu, Ștefan|Stefan'),
    phone: { code: '40', prefixes: ['72', '73', '74', '75', '76', '78'], length: 9 },
    localities: ['București', 'Iași', 'Craiova', 'Constanța', 'Galați', 'Brăila'],
  },
  {
    country: 'UA', script: 'Cyrillic', familyFirst: false,
    female: forms(
      'Олена|Olena/Elena, Оксана|Oksana/Oxana, Наталія|Nataliia/Natalia/Nataliya, Юлія|Yuliia/Yulia/Julia, Тетяна|Tetiana/Tatiana/Tetyana, ' +
        'Ірина|Iryna/Irina, Анастасія|Anastasiia/Anastasia, Марія|Mariia/Maria/Mariya, Катерина|Kateryna/Katerina/Ekaterina, Світлана|Svitlana/Svetlana',
    ),
    male: forms(
      'Олександр|Oleksandr/Aleksandr/Alexander, Андрій|Andrii/Andriy/Andrey, Сергій|Serhii/Sergiy/Sergey, Дмитро|Dmytro/Dmitro/Dmitry, ' +
        'Віктор|Viktor/Victor, Іван|Ivan, Михайло|Mykhailo/Mikhail, Юрій|Yurii/Yuriy/Yuri',
    ),
    family: forms(
      'Шевченко|Shevchenko, Коваленко|Kovalenko, Бондаренко|Bondarenko, Ткаченко|Tkachenko, Кравчук|Kravchuk/Kravchouk, ' +
        'Мельник|Melnyk/Melnik, Петренко|Petrenko, Поліщук|Polishchuk/Polischuk, Савченко|Savchenko, Левченко|Levchenko',
    ),
    phone: { code: '380', prefixes: ['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'], length: 9 },
    localities: ['Kyiv', 'Odesa', 'Kharkiv', 'Lviv', 'Dnipro', 'Zaporizhzhia'],
  },
  {
    country: 'BG', script: 'Cyrillic', familyFirst: false,
    female: forms('Мария|Maria/Mariya, Елена|Elena, Иванка|Ivanka, Десислава|Desislava, Гергана|Gergana, Цветелина|Tsvetelina/Cvetelina, Радост|Radost'),
    male: forms('Георги|Georgi, Димитър|Dimitar/Dimitur, Иван|Ivan, Николай|Nikolay/Nikolai, Стоян|Stoyan/Stoian, Христо|Hristo/Khristo/Christo'),
    family: forms('Иванов|Ivanov, Георгиев|Georgiev, Димитров|Dimitrov, Петров|Petrov, Николов|Nikolov, Стоянов|Stoyanov/Stoianov, Христов|Hristov/Khristov'),
    phone: { code: '359', prefixes: ['87', '88', '89'], length: 9 },
    localities: ['Sofia', 'Plovdiv', 'Varna', 'Burgas', 'Sliven'],
  },
  {
    country: 'GR', script: 'Greek', familyFirst: false,
    female: forms('Ελένη|Eleni, Μαρία|Maria, Αικατερίνη|Aikaterini/Ekaterini, Σοφία|Sofia/Sophia, Δήμητρα|Dimitra, Γεωργία|Georgia'),
    male: forms('Γιώργος|Giorgos/Georgios/Yiorgos, Δημήτρης|Dimitris/Dimitrios, Νίκος|Nikos/Nikolaos, Κωνσταντίνος|Konstantinos/Constantinos, Γιάννης|Giannis/Ioannis/Yiannis'),
    family: forms('Παπαδόπουλος|Papadopoulos, Παπαδάκης|Papadakis, Γεωργίου|Georgiou, Νικολάου|Nikolaou, Βασιλείου|Vasileiou/Vassiliou, Οικονόμου|Oikonomou/Economou'),
    phone: { code: '30', prefixes: ['690', '693', '694', '695', '697', '698', '699'], length: 10 },
    localities: ['Athina', 'Thessaloniki', 'Patra', 'Irakleio'],
  },
  {
    country: 'MA', script: 'Arabic', familyFirst: false,
    female: forms('فاطمة|Fatima/Fatma/Fatimah, عائشة|Aicha/Aisha/Aysha, مريم|Meriem/Maryam/Mariam, زينب|Zineb/Zainab/Zaynab, خديجة|Khadija/Khadidja, أمينة|Amina/Aminah'),
    male: forms('محمد|Mohamed/Mohammed/Muhammad, أحمد|Ahmed/Ahmad, يوسف|Youssef/Yusuf/Yousef, عمر|Omar/Umar, خالد|Khalid/Khaled, حسن|Hassan/Hasan'),
    family: forms('العلوي|Alaoui/El Alaoui, بنعلي|Benali/Ben Ali, الإدريسي|Idrissi/El Idrissi, حداد|Haddad, المنصوري|Mansouri/El Mansouri, التازي|Tazi'),
    phone: { code: '212', prefixes: ['61', '65', '66', '67'], length: 9 },
    localities: ['Casablanca', 'Tanger', 'Fes', 'Marrakech', 'Rabat'],
  },
  {
    country: 'SY', script: 'Arabic', familyFirst: false,
    female: forms('فاطمة|Fatima/Fatma, مريم|Mariam/Maryam, نور|Nour/Noor, رنا|Rana, لينا|Lina/Leena, هبة|Hiba/Heba'),
    male: forms('محمد|Mohammad/Mohammed/Muhammad, أحمد|Ahmad/Ahmed, عمر|Omar, خالد|Khaled/Khalid, سامر|Samer, باسل|Basel/Basil'),
    family: forms('الأحمد|Al Ahmad/Alahmad, الحسن|Al Hassan/Alhasan, الشامي|Al Shami/Chami, حداد|Haddad, الخطيب|Al Khatib/Alkhatib, العلي|Al Ali/Alali'),
    phone: { code: '963', prefixes: ['93', '94', '95', '96', '98', '99'], length: 9 },
    localities: ['Damascus', 'Aleppo', 'Homs', 'Latakia'],
  },
  {
    country: 'NG', script: 'Latin', familyFirst: false,
    female: forms('Blessing, Joy, Precious, Mercy, Faith, Gift, Esohe, Osasu, Ngozi, Chioma, Osaretin'),
    male: forms('Osaro, Emeka, Chinedu, Samuel, Godwin, Friday, Efosa, Kingsley, Sunday'),
    family: forms('Osagie, Okoro, Eze, Obi, Igbinedion, Omoregie, Okafor, Adeyemi, Nwosu, Edosomwan, Ehigiator'),
    phone: { code: '234', prefixes: ['803', '806', '703', '706', '813', '816', '810', '814', '903', '906'], length: 10 },
    localities: ['Benin City', 'Lagos', 'Abuja', 'Port Harcourt', 'Ibadan'],
  },
  {
    country: 'VN', script: 'Latin', familyFirst: true,
    female: forms('Thị Hoa|Thi Hoa, Thị Lan|Thi Lan, Ngọc Anh|Ngoc Anh, Thu Trang|Thu Trang, Thị Mai|Thi Mai, Thanh Hương|Thanh Huong'),
    male: forms('Văn Minh|Van Minh, Văn Hùng|Van Hung, Đức Anh|Duc Anh, Quang Huy|Quang Huy, Văn Nam|Van Nam, Minh Tuấn|Minh Tuan'),
    family: forms('Nguyễn|Nguyen, Trần|Tran, Lê|Le, Phạm|Pham, Hoàng|Hoang, Vũ|Vu, Đặng|Dang, Bùi|Bui'),
    phone: { code: '84', prefixes: ['90', '91', '93', '94', '96', '97', '98', '32', '33', '35', '36', '38'], length: 9 },
    localities: ['Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Hà Nội', 'Hải Phòng'],
  },
  {
    country: 'AL', script: 'Latin', familyFirst: false,
    female: forms('Elona, Ardita, Klea, Jonida, Ermira, Anisa, Blerina'),
    male: forms('Arben, Besnik, Gëzim|Gezim, Ilir, Dritan, Fatmir, Erion'),
    family: forms('Hoxha|Hoxha/Hodja, Shehu, Berisha, Krasniqi, Gashi, Çela|Cela, Dervishi, Leka'),
    phone: { code: '355', prefixes: ['67', '68', '69'], length: 9 },
    localities: ['Tiranë', 'Durrës', 'Elbasan', 'Shkodër', 'Vlorë'],
  },
  {
    country: 'GB', script: 'Latin', familyFirst: false,
    female: forms('Elizabeth, Rebecca, Samantha, Victoria, Jennifer, Patricia, Susan, Catherine, Margaret, Abigail'),
    male: forms('Robert, William, Michael, Thomas, Richard, Christopher, Anthony, Stephen, Daniel, Benjamin'),
    family: forms('Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Evans, Roberts, Walker'),
    phone: { code: '44', prefixes: ['74', '75', '77', '78', '79'], length: 10 },
    localities: ['London', 'Birmingham', 'Manchester', 'Leeds', 'Glasgow', 'Bristol'],
  },
  {
    country: 'PH', script: 'Latin', familyFirst: false,
    female: forms('Jocelyn, Rowena, Marites, Lorna, Maricel, Angelica, Kristine'),
    male: forms('Jose, Rodel, Ramon, Jerome, Mark Anthony, Rodrigo'),
    family: forms('Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz, Villanueva'),
    phone: { code: '63', prefixes: ['917', '918', '920', '927', '945', '955', '977', '998'], length: 10 },
    localities: ['Manila', 'Cebu City', 'Davao City', 'Iloilo City'],
  },
];

export function originOf(country: string): Origin {
  const origin = ORIGINS.find((item) => item.country === country);
  if (!origin) throw new RangeError(`no name pool for ${country}`);
  return origin;
}

/** A family name as a woman carries it where the language marks it (Bulgarian -а, Greek -ου / -η). */
export function feminineFamily(origin: Origin, name: NameForm): NameForm {
  if (origin.country === 'BG') return { native: `${name.native}а`, latin: name.latin.map((latin) => `${latin}a`) };
  if (origin.country === 'GR') {
    if (name.native.endsWith('ος')) return { native: `${name.native.slice(0, -2)}ου`, latin: name.latin.map((latin) => `${latin.slice(0, -2)}ou`) };
    if (name.native.endsWith('ης')) return { native: name.native.slice(0, -1), latin: name.latin.map((latin) => latin.slice(0, -1)) };
  }
  return name;
}
