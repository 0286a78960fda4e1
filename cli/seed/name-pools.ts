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

/**
 * Parses `native|latin1/latin2…` entries, comma-separated. `*N` after an entry repeats it N
 * times: the generator picks uniformly from the list, so a repeated name is a common one.
 */
const forms = (text: string): NameForm[] =>
  text
    .trim()
    .split(/\s*,\s*/)
    .flatMap((entry) => {
      const [name = '', times = '1'] = entry.split('*');
      const [native = '', latin] = name.split('|');
      const form = { native, latin: latin ? latin.split('/') : [native] };
      return Array.from({ length: Number(times) }, () => form);
    });

/**
 * Family names built as the language builds them, a stem and an ending (Коваль + енко →
 * Коваленко | Kovalenko; Pop + escu → Popescu): each stem with each ending, script by script.
 * Not every product is a name someone holds, but each reads as one, and together they give the
 * pools the breadth of a real population — in which most people share no full name with anyone.
 */
function derived(stems: string, endings: string): NameForm[] {
  const ends = forms(endings);
  return forms(stems).flatMap((stem) =>
    ends.map((end) => ({
      native: stem.native + end.native,
      latin: [...new Set(stem.latin.flatMap((left) => end.latin.map((right) => left + right)))],
    })),
  );
}

/**
 * Two given names, as RO, MD, MA and SY records often carry them ("Ana Maria", "Mohamed
 * Amine"), or a Vietnamese middle name with a personal name: each first name (repeated ones stay
 * common) with each distinct second one, in each script and the passport's spelling.
 */
function compound(first: readonly NameForm[], second: readonly NameForm[]): NameForm[] {
  const distinct = (list: readonly NameForm[]) => [...new Map(list.map((form) => [form.native, form])).values()];
  return first.flatMap((a) =>
    distinct(second)
      .filter((b) => b.native !== a.native)
      .map((b) => ({ native: `${a.native} ${b.native}`, latin: [`${a.latin[0]} ${b.latin[0]}`, ...a.latin.slice(1, 2).map((l) => `${l} ${b.latin[0]}`)] })),
  );
}

const MD_FEMALE = forms(
  'Ana*3, Maria*3, Elena*2, Cristina*2, Natalia*2, Olga, Tatiana, Doina, Mihaela, Alina, Ludmila, Nadejda, Svetlana, Valentina, Irina, Victoria, ' +
    'Diana, Ecaterina, Galina, Angela, Lilia, Mariana, Corina, Aurelia, Veronica, Silvia, Larisa, Rodica, Viorica, Liliana, Stela, Nina, Eugenia, Zinaida, Adriana, Daniela',
);
const MD_MALE = forms(
  'Ion*3, Vasile*2, Andrei*2, Mihai*2, Sergiu, Victor, Nicolae, Dumitru, Gheorghe, Alexandru, Vladimir, Igor, Oleg, Valeriu, Petru, Vitalie, Iurie, ' +
    'Dorin, Eugeniu, Ruslan, Veaceslav, Constantin, Anatolie, Grigore, Tudor, Radu, Octavian, Stanislav, Maxim, Denis, Artur, Marin, Pavel, Vadim, Emil',
);
const RO_FEMALE = forms(
  'Ioana*2, Andreea*2, Elena*2, Maria*3, Alexandra, Gabriela, Ramona, Florentina, Loredana, Denisa, Mihaela, Cristina, Roxana, Simona, Georgiana, ' +
    'Bianca, Adina, Daniela, Larisa, Oana, Raluca, Corina, Claudia, Alina, Monica, Iuliana, Nicoleta, Madalina, Camelia, Carmen, Irina, Luminita, Teodora, Sorina',
);
const RO_MALE = forms(
  'Ionuț|Ionut, Marian, Florin, Cătălin|Catalin, Bogdan, Costel, Adrian, Daniel*2, Gheorghe, Marius, Alexandru*2, Andrei*2, Mihai*2, Ion*2, Constantin, ' +
    'Cristian, Nicolae, Vasile, Ștefan|Stefan, Gabriel, Sorin, Claudiu, Ciprian, Valentin, Lucian, Dragoș|Dragos, Răzvan|Razvan, Ovidiu, Petru, Paul, Tudor, Emil, Viorel, Dorin, Sebastian',
);
const ROMANIAN_STEMS =
  'Pop, Ion, Stan, Dumitr, Marin, Constantin, Georg, Radu, Vasil, Tudor, Stoic, Mihail, Nicol, Petr, Anton, Dobr, Gavril, Manol, Lup, Barbu, Dinu, ' +
  'Ursu, Neagu, Sandu, Preda, Stoian, Nistor, Toma, Iord, Zamfir, Pascu, Moldov, Dragom, Cojoc, Andron, Tănas|Tanas, Rus, Grigor, Costache, Florea';
const MD_FAMILY = [
  ...forms(
    'Rusu*3, Ceban*3, Ciobanu*2, Munteanu*2, Lungu*2, Cojocaru*2, Țurcanu|Turcanu, Răileanu|Raileanu, Sîrbu|Sirbu/Sarbu, Botnaru, Moraru, Guțu|Gutu, ' +
      'Rotari, Bivol, Popa, Țurcan|Turcan, Melnic, Grosu, Roșca|Rosca, Ursu, Lupu, Bălan|Balan, Căpățînă|Capatina, Gaina, Croitoru, Scutaru, Cazacu, Plămădeală|Plamadeala, ' +
      'Chiriac, Gorincioi, Bodiu, Dodon, Prisacari, Codreanu, Onu, Sârbu|Sarbu, Vrabie, Cebotari, Donică|Donica, Buzu',
  ),
  ...derived(ROMANIAN_STEMS, 'escu, eanu, ache'),
];
const RO_FAMILY = [
  ...forms(
    'Popescu*3, Ionescu*2, Popa*3, Stan*2, Dumitru*2, Stoica, Gheorghe, Matei, Ciobanu, Rădulescu|Radulescu, Ștefan|Stefan, Constantin, Munteanu, ' +
      'Moldovan, Lazăr|Lazar, Florea, Barbu, Nistor, Tudor, Ilie, Oprea, Dinu, Tănase|Tanase, Sandu, Mocanu, Marin, Neagu, Voicu, Preda, Dragomir, Cristea, Mihai, Enache',
  ),
  ...derived(ROMANIAN_STEMS, 'escu, eanu, ică|ica, oiu'),
];

const UA_FEMALE = forms(
  'Олена|Olena/Elena*2, Оксана|Oksana/Oxana, Наталія|Nataliia/Natalia/Nataliya*2, Юлія|Yuliia/Yulia/Julia, Тетяна|Tetiana/Tatiana/Tetyana*2, ' +
    'Ірина|Iryna/Irina*2, Анастасія|Anastasiia/Anastasia, Марія|Mariia/Maria/Mariya*2, Катерина|Kateryna/Katerina/Ekaterina, Світлана|Svitlana/Svetlana, ' +
    'Людмила|Liudmyla/Lyudmila/Ludmila, Галина|Halyna/Galina, Валентина|Valentyna/Valentina, Лариса|Larysa/Larisa, Віра|Vira/Vera, Надія|Nadiia/Nadia/Nadiya, ' +
    'Любов|Liubov/Lyubov, Ганна|Hanna/Ganna/Anna, Дарина|Daryna/Darina, Вікторія|Viktoriia/Victoria, Христина|Khrystyna/Kristina, Софія|Sofiia/Sofia, ' +
    'Алла|Alla, Інна|Inna, Зоя|Zoia/Zoya, Лілія|Liliia/Lilia, Яна|Yana/Iana, Вероніка|Veronika, Ольга|Olha/Olga*2, Діана|Diana, Богдана|Bohdana/Bogdana, Уляна|Uliana/Ulyana',
);
const UA_MALE = forms(
  'Олександр|Oleksandr/Aleksandr/Alexander*2, Андрій|Andrii/Andriy/Andrey*2, Сергій|Serhii/Sergiy/Sergey*2, Дмитро|Dmytro/Dmitro/Dmitry, ' +
    'Віктор|Viktor/Victor, Іван|Ivan*2, Михайло|Mykhailo/Mikhail, Юрій|Yurii/Yuriy/Yuri, Володимир|Volodymyr/Vladimir*2, Олег|Oleh/Oleg, ' +
    'Василь|Vasyl/Vasiliy, Микола|Mykola/Nikolai, Петро|Petro/Petr, Богдан|Bohdan/Bogdan, Тарас|Taras, Ігор|Ihor/Igor, Роман|Roman, Максим|Maksym/Maxim, ' +
    'Євген|Yevhen/Evgeniy, Анатолій|Anatolii/Anatoliy, Віталій|Vitalii/Vitaliy, Руслан|Ruslan, Артем|Artem, Павло|Pavlo/Pavel, Степан|Stepan, ' +
    'Григорій|Hryhorii/Grigoriy, Ярослав|Yaroslav/Iaroslav, Денис|Denys/Denis, Антон|Anton, Валерій|Valerii/Valeriy, Костянтин|Kostiantyn/Konstantin, Назар|Nazar',
);
const UA_FAMILY = [
  ...forms(
    'Шевченко|Shevchenko*2, Коваленко|Kovalenko*2, Бондаренко|Bondarenko*2, Ткаченко|Tkachenko*2, Кравчук|Kravchuk/Kravchouk, ' +
      'Мельник|Melnyk/Melnik*2, Петренко|Petrenko, Поліщук|Polishchuk/Polischuk, Савченко|Savchenko, Левченко|Levchenko, Бойко|Boiko/Boyko*2, ' +
      'Ковальчук|Kovalchuk, Олійник|Oliinyk/Oleynik, Шевчук|Shevchuk, Коваль|Koval, Поліщук|Polishchuk, Ткачук|Tkachuk, Марченко|Marchenko, ' +
      'Руденко|Rudenko, Мороз|Moroz, Павленко|Pavlenko, Кравченко|Kravchenko, Лисенко|Lysenko/Lisenko, Гончаренко|Honcharenko/Goncharenko, Клименко|Klymenko/Klimenko',
  ),
  ...derived(
    'Бондар|Bondar, Ткач|Tkach, Гончар|Honchar/Gonchar, Коваль|Koval, Мельни|Melny/Melni, Кушні|Kushni, Швец|Shvets, Кравец|Kravets, Сидор|Sydor/Sidor, ' +
      'Тимош|Tymosh/Timosh, Гриц|Hryts/Grits, Остап|Ostap, Дем|Dem, Мирон|Myron/Miron, Данил|Danyl/Danil, Назар|Nazar, Захар|Zakhar, Юрч|Yurch/Iurch, ' +
      'Яковл|Yakovl/Iakovl, Кирил|Kyryl/Kiril, Лук|Luk, Семен|Semen, Пилип|Pylyp/Pilip, Гаврил|Havryl/Gavril, Мартин|Martyn/Martin, Романч|Romanch, Фед|Fed, Оліфір|Olifir',
    'енко|enko, чук|chuk, юк|iuk/yuk, ишин|yshyn/ishin',
  ),
];

const BG_FEMALE = forms(
  'Мария|Maria/Mariya*3, Елена|Elena*2, Иванка|Ivanka, Десислава|Desislava, Гергана|Gergana, Цветелина|Tsvetelina/Cvetelina, Радост|Radost, ' +
    'Йорданка|Yordanka/Iordanka, Петя|Petya/Petia, Николета|Nikoleta, Виктория|Viktoria/Victoria, Даниела|Daniela, Силвия|Silvia, Теодора|Teodora, ' +
    'Галина|Galina, Снежана|Snezhana/Snejana, Росица|Rositsa/Rosica, Калина|Kalina, Милена|Milena, Антоанета|Antoaneta, Красимира|Krasimira, Божидара|Bozhidara/Bojidara, ' +
    'Светла|Svetla, Весела|Vesela, Надежда|Nadezhda/Nadejda, Станка|Stanka, Емилия|Emilia, Зорница|Zornitsa/Zornica, Габриела|Gabriela, Невена|Nevena, Ралица|Ralitsa/Ralica',
);
const BG_MALE = forms(
  'Георги|Georgi*3, Димитър|Dimitar/Dimitur*2, Иван|Ivan*3, Николай|Nikolay/Nikolai*2, Стоян|Stoyan/Stoian, Христо|Hristo/Khristo/Christo, ' +
    'Петър|Petar/Petur, Тодор|Todor, Йордан|Yordan/Iordan, Стефан|Stefan, Васил|Vasil, Атанас|Atanas, Кирил|Kiril, Красимир|Krasimir, Пламен|Plamen, ' +
    'Валентин|Valentin, Любомир|Lyubomir/Lubomir, Борислав|Borislav, Цветан|Tsvetan/Cvetan, Ангел|Angel, Милен|Milen, Емил|Emil, Асен|Asen, Симеон|Simeon, ' +
    'Мартин|Martin, Александър|Aleksandar/Alexander, Веселин|Veselin, Добромир|Dobromir, Радослав|Radoslav, Борис|Boris, Станимир|Stanimir',
);
// Bulgarian family names are mostly a father's or forefather's given name with -ов / -ев.
const BG_STEMS =
  'Иван|Ivan, Петр|Petr, Георги|Georgi, Димитр|Dimitr, Никол|Nikol, Стоян|Stoyan/Stoian, Христ|Hrist/Khrist, Тодор|Todor, Йордан|Yordan/Iordan, ' +
  'Стефан|Stefan, Васил|Vasil, Атанас|Atanas, Кирил|Kiril, Ангел|Angel, Марин|Marin, Костадин|Kostadin, Пен|Pen, Ил|Il, Кол|Kol, Станк|Stank, Митк|Mitk, ' +
  'Манол|Manol, Стан|Stan, Тон|Ton, Дон|Don, Трайк|Trayk/Traik, Вълк|Valk/Vulk, Злат|Zlat, Цвятк|Tsvyatk/Tsviatk, Борис|Boris, Делч|Delch, Милан|Milan, Рад|Rad';
const BG_FAMILY = derived(BG_STEMS, 'ов|ov, чев|chev, ков|kov');

const GR_FEMALE = forms(
  'Ελένη|Eleni*2, Μαρία|Maria*3, Αικατερίνη|Aikaterini/Ekaterini*2, Σοφία|Sofia/Sophia, Δήμητρα|Dimitra, Γεωργία|Georgia, Βασιλική|Vasiliki, ' +
    'Αγγελική|Angeliki/Aggeliki, Ευαγγελία|Evangelia, Χριστίνα|Christina/Hristina, Ιωάννα|Ioanna, Παναγιώτα|Panagiota, Κωνσταντίνα|Konstantina, ' +
    'Αναστασία|Anastasia, Ειρήνη|Eirini/Irini, Δέσποινα|Despoina/Despina, Φωτεινή|Foteini/Fotini, Παρασκευή|Paraskevi, Θεοδώρα|Theodora, Σταυρούλα|Stavroula, ' +
    'Αθηνά|Athina, Χρυσούλα|Chrysoula/Hrisoula, Νικολέτα|Nikoleta, Αλεξάνδρα|Alexandra/Aleksandra, Ευτυχία|Eftychia/Eftihia, Ζωή|Zoi, Κυριακή|Kyriaki/Kiriaki',
);
const GR_MALE = forms(
  'Γιώργος|Giorgos/Georgios/Yiorgos*3, Δημήτρης|Dimitris/Dimitrios*2, Νίκος|Nikos/Nikolaos*2, Κωνσταντίνος|Konstantinos/Constantinos*2, ' +
    'Γιάννης|Giannis/Ioannis/Yiannis*3, Παναγιώτης|Panagiotis, Βασίλης|Vasilis/Vasileios, Χρήστος|Christos/Hristos, Αθανάσιος|Athanasios, Μιχάλης|Michalis/Mihalis, ' +
    'Ευάγγελος|Evangelos, Σπύρος|Spyros/Spiros, Αντώνης|Antonis, Ανδρέας|Andreas, Στέλιος|Stelios, Θανάσης|Thanasis, Κώστας|Kostas, Σταύρος|Stavros, ' +
    'Άγγελος|Angelos, Πέτρος|Petros, Ηλίας|Ilias, Εμμανουήλ|Emmanouil, Θεόδωρος|Theodoros, Αλέξανδρος|Alexandros, Απόστολος|Apostolos, Λευτέρης|Lefteris',
);
const GR_FAMILY = [
  ...forms(
    'Παπαδόπουλος|Papadopoulos*2, Παπαδάκης|Papadakis, Γεωργίου|Georgiou*2, Νικολάου|Nikolaou, Βασιλείου|Vasileiou/Vassiliou, Οικονόμου|Oikonomou/Economou, ' +
      'Παπαγεωργίου|Papageorgiou, Ιωάννου|Ioannou, Δημητρίου|Dimitriou, Κωνσταντίνου|Konstantinou, Αντωνίου|Antoniou, Χριστοδούλου|Christodoulou, ' +
      'Αθανασίου|Athanasiou, Πετρόπουλος|Petropoulos, Μακρής|Makris, Καραγιάννης|Karagiannis, Παππάς|Pappas, Αλεξίου|Alexiou, Μιχαηλίδης|Michailidis',
  ),
  ...derived(
    'Παπ|Pap, Γεωργ|Georg, Νικολ|Nikol, Δημητρ|Dimitr, Αναστασ|Anastas, Βλαχ|Vlach/Vlah, Σταυρ|Stavr, Καρ|Kar, Μαυρ|Mavr, Πετρ|Petr, Αντων|Anton, ' +
      'Κυριακ|Kyriak/Kiriak, Θεοδωρ|Theodor, Μανωλ|Manol, Ζαχαρ|Zachar/Zahar, Λαμπρ|Lambr, Σπυρ|Spyr/Spir, Τσακ|Tsak, Χατζ|Chatz/Hatz, Κωστ|Kost',
    'όπουλος|opoulos, άκης|akis, ίδης|idis',
  ),
];

const MA_FEMALE = forms(
  'فاطمة|Fatima/Fatma/Fatimah*3, عائشة|Aicha/Aisha/Aysha, مريم|Meriem/Maryam/Mariam*2, زينب|Zineb/Zainab/Zaynab, خديجة|Khadija/Khadidja*2, أمينة|Amina/Aminah, ' +
    'سعاد|Souad/Suad, نادية|Nadia, حنان|Hanane/Hanan, سناء|Sanaa/Sana, لطيفة|Latifa, نعيمة|Naima, رشيدة|Rachida/Rashida, سلمى|Salma, هدى|Houda/Huda, ' +
    'إيمان|Imane/Iman, كريمة|Karima, ليلى|Leila/Layla, سميرة|Samira, وفاء|Wafae/Wafa, نجاة|Najat, حياة|Hayat, أسماء|Asmae/Asma, سكينة|Sakina, ' +
    'إلهام|Ilham, بشرى|Bouchra/Bushra, هند|Hind, ياسمين|Yasmine/Yasmin, غزلان|Ghizlane, سهام|Siham',
);
const MA_MALE = forms(
  'محمد|Mohamed/Mohammed/Muhammad*4, أحمد|Ahmed/Ahmad*2, يوسف|Youssef/Yusuf/Yousef*2, عمر|Omar/Umar, خالد|Khalid/Khaled, حسن|Hassan/Hasan*2, ' +
    'عبد الله|Abdellah/Abdullah, عبد الرحيم|Abderrahim/Abdelrahim, رشيد|Rachid/Rashid, مصطفى|Mustapha/Mostafa, إبراهيم|Brahim/Ibrahim, سعيد|Said/Saeed, ' +
    'عزيز|Aziz, كريم|Karim, هشام|Hicham/Hisham, ياسين|Yassine/Yasin, أيوب|Ayoub/Ayyub, حمزة|Hamza, إدريس|Driss/Idris, نور الدين|Noureddine/Nour Eddine, ' +
    'عادل|Adil/Adel, جمال|Jamal/Djamal, مهدي|Mehdi/Mahdi, أنس|Anass/Anas, إسماعيل|Ismail, طارق|Tarik/Tariq, زكرياء|Zakaria/Zakariya, بلال|Bilal, عثمان|Othmane/Uthman',
);
const MA_FAMILY = [
  ...forms(
    'العلوي|Alaoui/El Alaoui*2, بنعلي|Benali/Ben Ali, الإدريسي|Idrissi/El Idrissi*2, حداد|Haddad, المنصوري|Mansouri/El Mansouri, التازي|Tazi, ' +
      'بناني|Bennani*2, برادة|Berrada, الفاسي|Fassi/El Fassi, العمراني|Amrani/El Amrani, الصقلي|Sqalli/Skalli, الشرقاوي|Cherkaoui, الوزاني|Ouazzani/Wazzani, ' +
      'الحسني|Hassani/El Hassani, الزياني|Ziani, الكتاني|Kettani, التويمي|Touimi, الغازي|Ghazi, البقالي|Bekkali, السباعي|Sebbai/Sbai, الخطابي|Khattabi, ' +
      'الرحماني|Rahmani, الودغيري|Oudghiri, البوعزاوي|Bouazzaoui, الناصري|Naciri/Nasiri, الحجوي|Hajji/Hajjaji, الراضي|Radi, الطاهري|Taheri',
  ),
  // Ben + a forefather's name: Benjelloun, Benomar, Benkirane…
  ...derived('بن|Ben', 'عمر|omar, سعيد|said, يوسف|youssef, كيران|kirane, جلون|jelloun, موسى|moussa, عبد الله|abdellah, شقرون|chekroun, سليمان|slimane, حمو|hammou, زكري|zekri, عيسى|aissa'),
];

const SY_FEMALE = forms(
  'فاطمة|Fatima/Fatma*2, مريم|Mariam/Maryam*2, نور|Nour/Noor*2, رنا|Rana, لينا|Lina/Leena, هبة|Hiba/Heba, رهف|Rahaf, سارة|Sara/Sarah, ' +
    'آية|Aya/Ayah, ديما|Dima, ريم|Reem/Rim, رغد|Raghad, لمى|Lama, سلام|Salam, هالة|Hala, رشا|Rasha, دعاء|Duaa/Doaa, علا|Ola/Ula, ' +
    'غادة|Ghada, منى|Mona/Muna, سوسن|Sawsan, روان|Rawan, بتول|Batoul/Batool, ياسمين|Yasmin/Yasmine, شهد|Shahad, جنى|Jana, تسنيم|Tasnim/Tasneem',
);
const SY_MALE = forms(
  'محمد|Mohammad/Mohammed/Muhammad*4, أحمد|Ahmad/Ahmed*2, عمر|Omar*2, خالد|Khaled/Khalid, سامر|Samer, باسل|Basel/Basil, علي|Ali*2, ' +
    'حسين|Hussein/Hussain, محمود|Mahmoud/Mahmud, عبد الرحمن|Abdulrahman/Abdel Rahman, ياسر|Yasser/Yasir, فادي|Fadi, رامي|Rami, ماهر|Maher, ' +
    'وسيم|Wassim/Wasim, طارق|Tareq/Tarek, مازن|Mazen, نزار|Nizar, غسان|Ghassan, هيثم|Haitham/Haytham, أيمن|Ayman, بشار|Bashar, زياد|Ziad/Ziyad, ' +
    'عماد|Imad/Emad, جهاد|Jihad, مصطفى|Mustafa/Moustafa, إبراهيم|Ibrahim, يوسف|Yousef/Yusuf, حمزة|Hamza, أنس|Anas',
);
const SY_FAMILY = [
  ...forms(
    'حداد|Haddad*2, الشامي|Al Shami/Chami, الخطيب|Al Khatib/Alkhatib*2, العلي|Al Ali/Alali, المصري|Al Masri/Masri, الحلبي|Al Halabi/Halabi, ' +
      'قباني|Kabbani/Qabbani, العطار|Al Attar/Attar, النجار|Al Najjar/Najjar, الحمصي|Al Homsi/Homsi, السيد|Al Sayed/Sayed, الزعبي|Al Zoubi/Zoubi, ' +
      'الحريري|Al Hariri/Hariri, الأسعد|Al Asaad/Asaad, الرفاعي|Al Rifai/Rifai, الدباغ|Al Dabbagh/Dabbagh, الصباغ|Al Sabbagh/Sabbagh, جبري|Jabri, ' +
      'مردم|Mardam, الكيالي|Al Kayali/Kayali, الساعاتي|Al Saati/Saati, العظمة|Al Azmeh/Azmeh, الحكيم|Al Hakim/Hakim, البيطار|Al Bitar/Bitar',
  ),
  // Al- + a forefather's name (Al Ahmad, Al Hassan…), the commonest Syrian pattern.
  ...derived('ال|Al /Al', 'أحمد|Ahmad, حسن|Hassan, محمود|Mahmoud, عمر|Omar, يوسف|Yousef, إبراهيم|Ibrahim, حسين|Hussein, عبد الله|Abdullah, صالح|Saleh, خليل|Khalil, مصطفى|Mustafa, عيسى|Issa'),
];

const NG_FEMALE = forms(
  'Blessing*3, Joy*2, Precious*2, Mercy*2, Faith*2, Gift, Esohe, Osasu, Ngozi, Chioma, Osaretin, Grace*2, Favour, Peace, Patience, Comfort, Success, ' +
    'Adaeze, Chiamaka, Nneka, Uchenna, Ifeoma, Amaka, Oluwaseun, Funmilayo, Folake, Yetunde, Aisha, Hauwa, Zainab, Efe, Eghosa, Omosede, Itohan, Osayuwamen, ' +
    'Ivie, Uyi, Ebere, Obiageli, Tolulope, Bukola, Kemi, Bisola, Damilola',
);
const NG_MALE = forms(
  'Osaro, Emeka*2, Chinedu*2, Samuel*2, Godwin, Friday, Efosa, Kingsley, Sunday*2, Emmanuel*2, Daniel, Victor, Ikenna, Obinna, Uchenna, Chukwuemeka, ' +
    'Nnamdi, Tunde, Olumide, Babatunde, Segun, Adewale, Kehinde, Taiwo, Ibrahim, Musa, Abubakar, Osagie, Eghosa, Osas, Nosa, Ehis, Aigbe, Ifeanyi, ' +
    'Chidi, Okechukwu, Collins, Prince, Lucky, Monday',
);
const NG_FAMILY = forms(
  'Osagie*2, Okoro*2, Eze*2, Obi*2, Igbinedion, Omoregie*2, Okafor*2, Adeyemi, Nwosu, Edosomwan, Ehigiator, Okonkwo, Nwachukwu, Okeke, Onyeka, ' +
    'Chukwu, Anyanwu, Ibe, Nnadi, Ogbonna, Udeh, Uzor, Okoye, Ezeh, Onuoha, Adebayo, Ogunleye, Adeleke, Olawale, Bello, Abubakar, Mohammed, Usman, ' +
    'Aliyu, Ogiemwonyi, Osemwegie, Uwaifo, Iyamu, Imasuen, Izevbigie, Ighodaro, Erhabor, Ebohon, Osayande, Aigbogun, Ekhator, Obasuyi, Idahosa, ' +
    'Agbonlahor, Omorogbe, Osaghae, Uyi, Aghedo, Ehimare, Okundia, Ogbeide, Asemota, Enabulele, Ilori, Ojo, Akinola, Fashola, Balogun, Okafor, Nwankwo, ' +
    'Onyekachi, Obiora, Ekwueme, Agu, Nwafor, Ndukwe',
);

// Vietnamese given names: a middle name (Thị, Văn, Ngọc…) with a personal name, family first.
const VN_FEMALE = compound(
  forms('Thị|Thi*4, Ngọc|Ngoc, Thu|Thu, Thanh|Thanh, Kim|Kim, Mỹ|My, Hồng|Hong, Phương|Phuong, Bích|Bich, Thùy|Thuy'),
  forms(
    'Hoa, Lan, Mai, Hương|Huong, Anh, Trang, Linh, Hằng|Hang, Nga, Thảo|Thao, Huyền|Huyen, Loan, Hạnh|Hanh, Yến|Yen, Nhung, Vân|Van, Dung, Hà|Ha, ' +
      'Phượng|Phuong, Tuyết|Tuyet, Oanh, Chi, Ngân|Ngan, Quỳnh|Quynh, Nhi, Thủy|Thuy, Tâm|Tam, Duyên|Duyen, Vy',
  ),
);
const VN_MALE = compound(
  forms('Văn|Van*4, Đức|Duc, Minh|Minh, Quang|Quang, Hữu|Huu, Thanh|Thanh, Công|Cong, Ngọc|Ngoc, Xuân|Xuan, Tiến|Tien'),
  forms(
    'Minh, Hùng|Hung, Nam, Anh, Huy, Tuấn|Tuan, Dũng|Dung, Hải|Hai, Long, Phong, Sơn|Son, Thắng|Thang, Trung, Quân|Quan, Khoa, Bình|Binh, Cường|Cuong, ' +
      'Hiếu|Hieu, Tài|Tai, Thành|Thanh, Toàn|Toan, Đạt|Dat, Vinh, Lâm|Lam, Phúc|Phuc, Hoàng|Hoang, Tùng|Tung, Khánh|Khanh, Lực|Luc',
  ),
);
const VN_FAMILY = forms(
  'Nguyễn|Nguyen*12, Trần|Tran*4, Lê|Le*3, Phạm|Pham*3, Hoàng|Hoang*2, Vũ|Vu*2, Đặng|Dang, Bùi|Bui, Đỗ|Do, Hồ|Ho, Ngô|Ngo, Dương|Duong, ' +
    'Lý|Ly, Phan|Phan*2, Võ|Vo, Huỳnh|Huynh, Trương|Truong, Đinh|Dinh, Lâm|Lam, Mai|Mai, Trịnh|Trinh, Đào|Dao, Cao|Cao, Lương|Luong, Tô|To, Hà|Ha, Tạ|Ta, Thái|Thai',
);

const AL_FEMALE = forms(
  'Elona, Ardita, Klea, Jonida, Ermira, Anisa, Blerina, Fjolla, Valbona, Lindita, Mimoza, Drita, Vjollca, Merita, Arjeta, Elira, Besjana, Eriona, ' +
    'Rozana, Xhensila, Kejsi, Dorina, Alketa, Brunilda, Entela, Flutura, Manjola, Orjada, Suela, Teuta, Albana, Rudina, Enkeleda, Mirela, Ornela',
);
const AL_MALE = forms(
  'Arben, Besnik, Gëzim|Gezim, Ilir, Dritan, Fatmir, Erion, Artan, Agron, Bledar, Edmond, Elvis, Fatos, Genci, Gentian, Klodian, Kastriot, Leonard, ' +
    'Mirel, Naim, Olsi, Petrit, Redon, Sokol, Taulant, Valon, Xhevdet, Ylli, Altin, Armand, Ervin, Florian, Gjergj, Lulzim, Shkelzen',
);
const AL_FAMILY = forms(
  'Hoxha|Hoxha/Hodja*2, Shehu*2, Berisha*2, Krasniqi*2, Gashi*2, Çela|Cela, Dervishi, Leka, Kola, Marku, Gjoka, Prifti, Dushku, Mema, Lika, Bushati, ' +
    'Hasani, Bytyqi, Rama, Meta, Basha, Çeka|Ceka, Kelmendi, Hysa, Shkodra, Xhafa, Luka, Ndreu, Kurti, Topalli, Hyseni, Muça|Muca, Deda, Zeneli, Begaj, ' +
    'Malaj, Brahimaj, Hajdari, Sulejmani, Qosja, Tafa, Koçi|Koci, Pepa, Doda, Gjini, Frashëri|Frasheri, Vata, Rexha, Musta, Ferati, Alia, Halili, Beqiri, ' +
    'Gjonaj, Pllumi, Vuçaj|Vucaj, Shala, Laçi|Laci, Nika, Cani',
);

const GB_FEMALE = forms(
  'Elizabeth, Rebecca, Samantha, Victoria, Jennifer, Patricia, Susan, Catherine, Margaret, Abigail, Sarah*2, Emma*2, Laura, Charlotte, Hannah, Sophie, ' +
    'Emily, Jessica, Amy, Rachel, Claire, Helen, Joanne, Nicola, Lisa, Kelly, Gemma, Natalie, Lucy, Amanda, Louise, Kirsty, Donna, Jane, Karen, Alison, ' +
    'Julie, Deborah, Michelle, Stephanie, Danielle, Chloe, Olivia, Megan, Holly, Zoe, Lauren, Bethany, Eleanor, Grace',
);
const GB_MALE = forms(
  'Robert, William, Michael, Thomas, Richard, Christopher, Anthony, Stephen, Daniel*2, Benjamin, David*2, James*2, John*2, Paul, Mark, Andrew, Peter, ' +
    'Matthew, Simon, Gary, Lee, Craig, Jonathan, Adam, Scott, Jason, Martin, Ian, Neil, Kevin, Carl, Wayne, Darren, Gareth, Ryan, Liam, Jack, Samuel, ' +
    'Joseph, Luke, Oliver, Harry, George, Nathan, Edward, Alexander, Callum, Jamie',
);
const GB_FAMILY = forms(
  'Smith*3, Jones*2, Taylor*2, Brown*2, Williams*2, Wilson, Johnson, Davies*2, Evans, Roberts, Walker, Wright, Robinson, Thompson, White, Hughes, ' +
    'Edwards, Green, Hall, Wood, Harris, Lewis, Martin, Jackson, Clarke, Clark, Turner, Hill, Scott, Cooper, Morris, Ward, Moore, King, Watson, Baker, ' +
    'Harrison, Morgan, Patel, Young, Allen, Mitchell, James, Anderson, Phillips, Lee, Bell, Parker, Davis, Campbell, Kelly, Price, Shaw, Bennett, Griffiths, ' +
    'Cook, Richardson, Marshall, Bailey, Collins, Russell, Lloyd, Palmer, Holmes, Chapman, Webb, Ellis, Mason, Hunt, Fletcher, Owen, Barnes, Knight, ' +
    'Butler, Lawrence, Dixon, Rogers, Stevens, Reid, Murray, Simpson, Ross, Graham, Fox, Gibson, Pearson, Carter, Mills, Matthews, Jenkins, Harvey, Gray',
);

const PH_FEMALE = forms(
  'Jocelyn, Rowena, Marites, Lorna, Maricel, Angelica, Kristine, Maria*3, Mary Grace, Mary Joy, Ana, Rosalie, Marilou, Jennifer, Catherine, Rachelle, ' +
    'Michelle, Cristina, Liza, Analyn, Rhea, Jenny, Janet, Evelyn, Gemma, Lovely, Princess, Mylene, Charmaine, Sheila, Aileen, Arlene, Ma. Theresa, Joanna, ' +
    'Kimberly, Nicole, Camille, Abegail, Jasmine, Rosemarie',
);
const PH_MALE = forms(
  'Jose*2, Rodel, Ramon, Jerome, Mark Anthony, Rodrigo, John Paul, Juan, Carlo, Christian, Michael, John Mark, Ronald, Reynaldo, Eduardo, Antonio, ' +
    'Roberto, Ricardo, Fernando, Danilo, Rolando, Arnel, Jonathan, Joel, Jayson, Mark, Ryan, Jeffrey, Noel, Allan, Manuel, Efren, Renato, Romeo, Dennis, ' +
    'Gilbert, Rommel, Joseph, Francis, Kenneth',
);
const PH_FAMILY = forms(
  'Santos*3, Reyes*3, Cruz*2, Bautista*2, Garcia*2, Mendoza*2, Dela Cruz*3, Villanueva, Ramos, Aquino, Castillo, Rivera, Gonzales, Flores, Torres, ' +
    'Lopez, Fernandez, Perez, Del Rosario, Domingo, Soriano, Navarro, Mercado, Aguilar, Pascual, Salazar, Tolentino, Marquez, Manalo, Dizon, Santiago, ' +
    'Gutierrez, Valdez, Castro, De Leon, Morales, Diaz, Hernandez, Francisco, Sarmiento, Ocampo, Gomez, Rosales, Corpuz, Pineda, Medina, Evangelista, ' +
    'Javier, Ignacio, Padilla, Macaraeg, Dimaculangan, Magbanua, Bernardo, Mañalac|Manalac, Enriquez, Samonte, Cabrera, Esguerra, Quiambao, Panganiban, ' +
    'Lacson, Sison, Buenaventura, Villareal, Abad, Alcantara, Belmonte, Cordero, Dumalagan, Estrada, Fajardo, Galang, Ilagan, Jimenez, Lim, Tan',
);

/**
 * How many people share a full name is part of the ground truth linkage is measured against.
 * These pools give a few common names (repeated entries) and many rare ones: at 20,000 people
 * about a quarter share a written full name with someone (the commonest name held by 6-8), at
 * 2,000 people 3%, against 96% (commonest held by 34) with the first, much smaller pools
 * (bench/README.md).
 */
export const ORIGINS: readonly Origin[] = [
  {
    country: 'MD', script: 'Latin', familyFirst: false,
    female: [...MD_FEMALE, ...compound(MD_FEMALE.slice(0, 12), MD_FEMALE.slice(0, 8))],
    male: MD_MALE,
    family: MD_FAMILY,
    phone: { code: '373', prefixes: ['60', '67', '68', '69', '78', '79'], length: 8 },
    localities: ['Chișinău', 'Bălți', 'Cahul', 'Ungheni', 'Soroca', 'Orhei'],
  },
  {
    country: 'RO', script: 'Latin', familyFirst: false,
    female: [...RO_FEMALE, ...compound(RO_FEMALE.slice(0, 10), RO_FEMALE.slice(0, 10))],
    male: RO_MALE,
    family: RO_FAMILY,
    phone: { code: '40', prefixes: ['72', '73', '74', '75', '76', '78'], length: 9 },
    localities: ['București', 'Iași', 'Craiova', 'Constanța', 'Galați', 'Brăila'],
  },
  {
    country: 'UA', script: 'Cyrillic', familyFirst: false,
    female: UA_FEMALE,
    male: UA_MALE,
    family: UA_FAMILY,
    phone: { code: '380', prefixes: ['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'], length: 9 },
    localities: ['Kyiv', 'Odesa', 'Kharkiv', 'Lviv', 'Dnipro', 'Zaporizhzhia'],
  },
  {
    country: 'BG', script: 'Cyrillic', familyFirst: false,
    female: BG_FEMALE,
    male: BG_MALE,
    family: BG_FAMILY,
    phone: { code: '359', prefixes: ['87', '88', '89'], length: 9 },
    localities: ['Sofia', 'Plovdiv', 'Varna', 'Burgas', 'Sliven'],
  },
  {
    country: 'GR', script: 'Greek', familyFirst: false,
    female: GR_FEMALE,
    male: GR_MALE,
    family: GR_FAMILY,
    phone: { code: '30', prefixes: ['690', '693', '694', '695', '697', '698', '699'], length: 10 },
    localities: ['Athina', 'Thessaloniki', 'Patra', 'Irakleio'],
  },
  {
    country: 'MA', script: 'Arabic', familyFirst: false,
    female: [...MA_FEMALE, ...compound(forms('فاطمة|Fatima, خديجة|Khadija, مريم|Meriem'), forms('الزهراء|Zahra/Ezzahra, فاطمة|Fatima, إيمان|Imane'))],
    male: [...MA_MALE, ...compound(forms('محمد|Mohamed, عبد|Abdel'), forms('أمين|Amine, علي|Ali, كريم|Karim, رضا|Reda, يونس|Younes, سعيد|Said'))],
    family: MA_FAMILY,
    phone: { code: '212', prefixes: ['61', '65', '66', '67'], length: 9 },
    localities: ['Casablanca', 'Tanger', 'Fes', 'Marrakech', 'Rabat'],
  },
  {
    country: 'SY', script: 'Arabic', familyFirst: false,
    female: SY_FEMALE,
    male: [...SY_MALE, ...compound(forms('محمد|Mohammad'), forms('علي|Ali, نور|Nour, خير|Khair, سعيد|Said, أمين|Amin'))],
    family: SY_FAMILY,
    phone: { code: '963', prefixes: ['93', '94', '95', '96', '98', '99'], length: 9 },
    localities: ['Damascus', 'Aleppo', 'Homs', 'Latakia'],
  },
  {
    country: 'NG', script: 'Latin', familyFirst: false,
    female: NG_FEMALE,
    male: NG_MALE,
    family: NG_FAMILY,
    phone: { code: '234', prefixes: ['803', '806', '703', '706', '813', '816', '810', '814', '903', '906'], length: 10 },
    localities: ['Benin City', 'Lagos', 'Abuja', 'Port Harcourt', 'Ibadan'],
  },
  {
    country: 'VN', script: 'Latin', familyFirst: true,
    female: VN_FEMALE,
    male: VN_MALE,
    family: VN_FAMILY,
    phone: { code: '84', prefixes: ['90', '91', '93', '94', '96', '97', '98', '32', '33', '35', '36', '38'], length: 9 },
    localities: ['Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Hà Nội', 'Hải Phòng'],
  },
  {
    country: 'AL', script: 'Latin', familyFirst: false,
    female: AL_FEMALE,
    male: AL_MALE,
    family: AL_FAMILY,
    phone: { code: '355', prefixes: ['67', '68', '69'], length: 9 },
    localities: ['Tiranë', 'Durrës', 'Elbasan', 'Shkodër', 'Vlorë'],
  },
  {
    country: 'GB', script: 'Latin', familyFirst: false,
    female: GB_FEMALE,
    male: GB_MALE,
    family: GB_FAMILY,
    phone: { code: '44', prefixes: ['74', '75', '77', '78', '79'], length: 10 },
    localities: ['London', 'Birmingham', 'Manchester', 'Leeds', 'Glasgow', 'Bristol'],
  },
  {
    country: 'PH', script: 'Latin', familyFirst: false,
    female: PH_FEMALE,
    male: PH_MALE,
    family: PH_FAMILY,
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
