<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>Cluster Desktop cannot start</source>
        <translation>Cluster Desktop іске қосылмады</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners</source>
        <translation>Білім алушыларды топқа қабылдау</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Аты-жөні немесе ЖСН бойынша іздеу…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Топ: {group}</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Қабылдау күні</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n</source>
        <translation>
            <numerusform>Табылды: %n</numerusform>
            <numerusform>Табылды: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n</source>
        <translation>
            <numerusform>Таңдалды: %n</numerusform>
            <numerusform>Таңдалды: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected learners are still loading; try again in a moment.</source>
        <translation>Таңдалған білім алушылардың кейбірі әлі жүктелуде; сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{name} (IIN {iin}) cannot be enrolled: {reason}</source>
        <translation>{name} (ЖСН {iin}) — қабылдау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>No one was enrolled.</source>
        <translation>Ешкім қабылданбады.</translation>
    </message>
    <message>
        <source>Enrolling learners…</source>
        <translation>Білім алушылар топқа қабылдануда…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database address «{url}» is not understood. Use sqlite:///FILE or postgresql://USER@HOST:PORT/NAME.</source>
        <translation>«{url}» дерекқор мекенжайы танылмады. Мекенжайды sqlite:///ФАЙЛ немесе postgresql://ПАЙДАЛАНУШЫ@ХОСТ:ПОРТ/АТАУ түрінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>The database kind «{scheme}» is not supported. Use sqlite:///FILE or postgresql://USER@HOST:PORT/NAME.</source>
        <translation>«{scheme}» дерекқор түріне қолдау көрсетілмейді. Мекенжайды sqlite:///ФАЙЛ немесе postgresql://ПАЙДАЛАНУШЫ@ХОСТ:ПОРТ/АТАУ түрінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}). Choose another folder with --data-dir.</source>
        <translation>{folder} деректер қалтасына жазу мүмкін емес ({reason}). --data-dir параметрімен басқа қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>The file {path} is not a Cluster Desktop database (it is not an SQLite database at all).</source>
        <translation>{path} файлы Cluster Desktop дерекқоры емес (бұл тіпті SQLite дерекқоры да емес).</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened: it is damaged or is not a Cluster Desktop database ({reason}).</source>
        <translation>{path} дерекқор файлын ашу мүмкін емес: ол бүлінген немесе Cluster Desktop дерекқоры емес ({reason}).</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at {host}:{port} ({reason}). Check that the server is running and the address, user and password are right.</source>
        <translation>{host}:{port} мекенжайындағы PostgreSQL серверіне қосылу мүмкін болмады ({reason}). Сервердің іске қосылғанын, мекенжайдың, пайдаланушы аты мен құпиясөздің дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Cluster Desktop (schema {found}; this program knows up to {head}). Install the newer version of the program.</source>
        <translation>Бұл дерекқор Cluster Desktop-тың жаңарақ нұсқасында жасалған (схема {found}; бұл нұсқа тек {head} схемасына дейін таниды). Бағдарламаның жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>The database {url} holds tables of another program; Cluster Desktop will not change it.</source>
        <translation>{url} дерекқорында басқа бағдарламаның кестелері бар; Cluster Desktop оны өзгертпейді.</translation>
    </message>
    <message>
        <source>Enter the IIN: 12 digits.</source>
        <translation>ЖСН енгізіңіз (12 цифр).</translation>
    </message>
    <message>
        <source>The IIN must have 12 digits; {count} were entered.</source>
        <translation>ЖСН 12 цифрдан тұруы керек, ал енгізілгені: {count}.</translation>
    </message>
    <message>
        <source>The IIN may contain only digits 0–9; it contains “{chars}”.</source>
        <translation>ЖСН тек 0–9 цифрларынан тұруы керек, ал енгізілген мәнде «{chars}» бар.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN ({digits}) are not a real date of birth.</source>
        <translation>ЖСН-нің алғашқы алты цифры ({digits}) нақты туған күнге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN must be 1–6 (century and sex); it is {digit}.</source>
        <translation>ЖСН-нің жетінші цифры 1–6 болуы керек (ғасыр мен жыныс), ал енгізілгені — {digit}.</translation>
    </message>
    <message>
        <source>The IIN gives a date of birth in the future ({date}): check it for a typing error.</source>
        <translation>ЖСН бойынша туған күні болашақта шығады ({date}): қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The IIN&apos;s last digit does not match the others: check it for a typing error.</source>
        <translation>ЖСН-нің соңғы (бақылау) цифры қалған цифрларға сәйкес келмейді: қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Enter the BIN: 12 digits.</source>
        <translation>БСН енгізіңіз (12 цифр).</translation>
    </message>
    <message>
        <source>The BIN must have 12 digits; {count} were entered.</source>
        <translation>БСН 12 цифрдан тұруы керек, ал енгізілгені: {count}.</translation>
    </message>
    <message>
        <source>The BIN may contain only digits 0–9; it contains “{chars}”.</source>
        <translation>БСН тек 0–9 цифрларынан тұруы керек, ал енгізілген мәнде «{chars}» бар.</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of the BIN ({digits}) must be the month of registration, 01 to 12.</source>
        <translation>БСН-нің үшінші және төртінші цифрлары ({digits}) тіркелген айды білдіреді: 01-ден 12-ге дейін болуы керек.</translation>
    </message>
    <message>
        <source>The 5th digit of the BIN must be 4, 5 or 6 (type of organisation); it is {digit}.</source>
        <translation>БСН-нің бесінші цифры 4, 5 немесе 6 болуы керек (ұйым түрі), ал енгізілгені — {digit}.</translation>
    </message>
    <message>
        <source>The BIN&apos;s last digit does not match the others: check it for a typing error.</source>
        <translation>БСН-нің соңғы (бақылау) цифры қалған цифрларға сәйкес келмейді: қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The birth date {given} does not match the IIN, which says {expected}.</source>
        <translation>Көрсетілген туған күн ({given}) ЖСН деректеріне сәйкес емес: ЖСН бойынша — {expected}.</translation>
    </message>
    <message>
        <source>The sex {given} does not match the IIN, which says {expected}.</source>
        <translation>Көрсетілген жыныс ({given}) ЖСН деректеріне сәйкес емес: ЖСН бойынша — {expected}.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>«{label}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <source>{label} is too long: {length} characters, at most {limit}.</source>
        <translation>«{label}» өрісі тым ұзын: {length} таңба, ең көбі {limit} болуы мүмкін.</translation>
    </message>
    <message>
        <source>{label} may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>«{label}» өрісінде тек әріптер, бос орындар, дефистер мен апострофтар болуы мүмкін.</translation>
    </message>
    <message>
        <source>{label} ({value}) is in the future.</source>
        <translation>«{label}» өрісінде болашақ күн көрсетілген ({value}).</translation>
    </message>
    <message>
        <source>{label} ({value}) is before {earliest}: check the year.</source>
        <translation>«{label}» өрісіндегі күн ({value}) {earliest} күнінен ерте: жылын тексеріңіз.</translation>
    </message>
    <message>
        <source>{later_label} ({later}) is before {earlier_label} ({earlier}).</source>
        <translation>«{later_label}» ({later}) «{earlier_label}» ({earlier}) күнінен ерте болмауы керек.</translation>
    </message>
    <message>
        <source>{label} «{value}» is not a phone number: use digits, spaces, +, ( ) and -.</source>
        <translation>{label}: «{value}» — телефон нөмірі емес (тек цифрлар, бос орын, +, ( ), -).</translation>
    </message>
    <message>
        <source>{label} «{value}» is not an e-mail address.</source>
        <translation>{label}: «{value}» — электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>{label} must be a number from {low} to {high}.</source>
        <translation>«{label}» өрісіне {low}–{high} аралығындағы сан енгізіңіз.</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Collection, storage and processing for education, certificates and employment within the cluster</source>
        <translation>Кластер аясында оқыту, сертификаттау және жұмысқа орналастыру мақсатында жинау, сақтау және өңдеу</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Заңды өкіл</translation>
    </message>
    <message>
        <source>Relation to the learner</source>
        <translation>Білім алушыға кім болады</translation>
    </message>
    <message>
        <source>Representative&apos;s phone</source>
        <translation>Өкілдің телефоны</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Келісім берген</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Келісім көлемі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Start of the stage</source>
        <translation>Кезеңнің басталуы</translation>
    </message>
    <message>
        <source>Position or details</source>
        <translation>Лауазымы немесе толығырақ</translation>
    </message>
    <message>
        <source>A learner with this IIN is already registered: {name}, born {birth_date}.</source>
        <translation>Осы ЖСН-мен білім алушы тіркеліп қойған: {name}, туған күні {birth_date}.</translation>
    </message>
    <message>
        <source>The learner is under 18: enter the legal representative who gave consent.</source>
        <translation>Білім алушы 18 жасқа толмаған: келісім берген заңды өкілді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The learner is under 18, so consent must come from the legal representative.</source>
        <translation>Білім алушы 18 жасқа толмағандықтан, келісімді заңды өкілі беруі керек.</translation>
    </message>
    <message>
        <source>The learner no longer exists (perhaps someone deleted it).</source>
        <translation>Бұл білім алушы дерекқорда енді жоқ (жазбаны біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>{name} is already at the stage «{current}»; a journey only moves forward.</source>
        <translation>{name} қазір «{current}» кезеңінде; тек келесі кезеңге өтуге болады.</translation>
    </message>
    <message>
        <source>The new stage cannot start ({start}) before the current one began ({current_start}).</source>
        <translation>Жаңа кезең ({start}) қазіргі кезең басталған күннен ({current_start}) ерте басталмауы керек.</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Мектепке дейінгі</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Жұмысқа орналасу</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>An organisation with this BIN is already registered: {name}.</source>
        <translation>Осы БСН-мен ұйым тіркеліп қойған: {name}.</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Qualification code</source>
        <translation>Біліктілік коды</translation>
    </message>
    <message>
        <source>Qualification name</source>
        <translation>Біліктілік атауы</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат саны</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Топ атауы</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Нәтиже, %</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Қабылдау күні</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Аяқтау күні</translation>
    </message>
    <message>
        <source>The programme no longer exists (perhaps someone deleted it).</source>
        <translation>Бұл бағдарлама енді жоқ (оны біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>The group no longer exists (perhaps someone deleted it).</source>
        <translation>Бұл топ енді жоқ (оны біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>The enrolment no longer exists (perhaps someone removed it).</source>
        <translation>Бұл оқуға қабылдау жазбасы енді жоқ (оны біреу алып тастаған болуы мүмкін).</translation>
    </message>
    <message>
        <source>Choose at least one language of instruction.</source>
        <translation>Кемінде бір оқыту тілін таңдаңыз.</translation>
    </message>
    <message>
        <source>A college specialty needs its qualification code.</source>
        <translation>Колледж мамандығы үшін біліктілік кодын көрсетіңіз.</translation>
    </message>
    <message>
        <source>A group named «{name}» already exists.</source>
        <translation>«{name}» атты топ бұрыннан бар.</translation>
    </message>
    <message>
        <source>The programme is not taught in the group&apos;s language «{language}».</source>
        <translation>Бағдарлама топтың оқыту тілінде («{language}») жүргізілмейді.</translation>
    </message>
    <message>
        <source>{name} is already in the group {group}.</source>
        <translation>{name} {group} тобында бұрыннан бар.</translation>
    </message>
    <message>
        <source>A finished enrolment (completed, not passed or withdrawn) needs its finish date.</source>
        <translation>Оқу аяқталған болса («Аяқталды», «Өтпеді» немесе «Шығарылды»), аяқтау күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A result of {percent}% is below the pass mark of 50%: choose «Not passed» instead of «Completed».</source>
        <translation>{percent}% нәтиже 50% өту шегінен төмен: «Аяқталды» орнына «Өтпеді» мәртебесін таңдаңыз.</translation>
    </message>
    <message>
        <source>«{name}» holds {count} enrolments of learners (current or past); remove them from it first.</source>
        <translation>«{name}» ішінде білім алушылардың оқуға қабылдау жазбалары бар (қазіргі немесе бұрынғы): {count}. Алдымен оларды алып тастаңыз.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <source>A completed enrolment needs its result in percent.</source>
        <translation>«Аяқталды» мәртебесі үшін нәтижені пайызбен көрсетіңіз.</translation>
    </message>
    <message>
        <source>Demo data goes only into a database without learners; this one already holds {learners}.</source>
        <translation>Демо-деректерді тек білім алушылары жоқ дерекқорға жүктеуге болады; бұл дерекқордағы білім алушылар саны: {learners}.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ештеңе сақталмады: қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Топты өзгерту</translation>
    </message>
    <message>
        <source>e.g. ТКР-24-1</source>
        <translation>мысалы, ТКР-24-1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Топ атауы</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Choose the programme.</source>
        <translation>Бағдарламаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The group has unsaved changes. Close without saving?</source>
        <translation>Топта сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>GroupMembersPanel</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Нәтиже, %</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Әріптік</translation>
    </message>
    <message>
        <source>5-point</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Білім алушыларды қабылдау…</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>Нәтижені енгізу…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Топтан алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n білім алушы</numerusform>
            <numerusform>%n білім алушы</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {name} from the group {group}? Their status and result in this group are deleted too.</source>
        <translation>{name} {group} тобынан алып тасталсын ба? Оның осы топтағы мәртебесі мен нәтижесі де жойылады.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n learner(s) from the group {group}? Their statuses and results in this group are deleted too.</source>
        <translation>
            <numerusform>%n білім алушы {group} тобынан алып тасталсын ба? Олардың осы топтағы мәртебелері мен нәтижелері де жойылады.</numerusform>
            <numerusform>%n білім алушы {group} тобынан алып тасталсын ба? Олардың осы топтағы мәртебелері мен нәтижелері де жойылады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Select a learner to see their journey.</source>
        <translation>Жолын көру үшін білім алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Journey through the cluster</source>
        <translation>Кластер бойынша жолы</translation>
    </message>
    <message>
        <source>now</source>
        <translation>қазірге дейін</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade}-сынып</translation>
    </message>
    <message>
        <source>group {name}</source>
        <translation>{name} тобы</translation>
    </message>
    <message>
        <source>result {percent}% ({letter}, {mark} of 5)</source>
        <translation>нәтиже {percent}% ({letter}, 5 балдан {mark})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Preschool</source>
        <translation>Мектепке дейінгі</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>Білім алушының өзі</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Заңды өкіл</translation>
    </message>
    <message>
        <source>Career-guidance session</source>
        <translation>Кәсіптік бағдар беру сабағы</translation>
    </message>
    <message>
        <source>Profile course</source>
        <translation>Бейіндік курс</translation>
    </message>
    <message>
        <source>Professional course</source>
        <translation>Кәсіптік курс</translation>
    </message>
    <message>
        <source>College specialty</source>
        <translation>Колледж мамандығы</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Оқуда</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Өтпеді</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Балабақша</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Сертификаттау органы</translation>
    </message>
    <message>
        <source>Training centre</source>
        <translation>Оқу орталығы</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>New learner</source>
        <translation>Жаңа білім алушы</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Білім алушының деректерін өзгерту</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>mother, father, guardian…</source>
        <translation>анасы, әкесі, қамқоршысы…</translation>
    </message>
    <message>
        <source>Education, certificates and employment within the cluster</source>
        <translation>Кластердегі оқу, сертификаттар, жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Legal representative (for learners under 18)</source>
        <translation>Заңды өкіл (18 жасқа толмаған білім алушы үшін)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кім болады</translation>
    </message>
    <message>
        <source>Consent to personal-data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Келісім берген</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>The learner has unsaved changes. Close without saving?</source>
        <translation>Білім алушы туралы сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Аты-жөні немесе ЖСН бойынша іздеу…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <source>&amp;Add learner…</source>
        <translation>Білім алушыны &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation>Келесі &amp;кезең…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n білім алушы</numerusform>
            <numerusform>%n білім алушы</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Білім алушыны жою</translation>
    </message>
    <message>
        <source>Delete {name} (IIN {iin}) with all stages and enrolments? This cannot be undone.</source>
        <translation>{name} (ЖСН {iin}) барлық кезеңдерімен және оқуға қабылдау жазбаларымен бірге жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Learners</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Programmes &amp; groups</source>
        <translation>Бағдарламалар мен топтар</translation>
    </message>
    <message>
        <source>Cluster Desktop</source>
        <translation>Cluster Desktop</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демо-деректер</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Дерекқор: {where}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Cluster Desktop</source>
        <translation>Cluster Desktop &amp;туралы</translation>
    </message>
    <message>
        <source>About Cluster Desktop</source>
        <translation>Cluster Desktop туралы</translation>
    </message>
    <message>
        <source>Cluster Desktop {version}

Records of the education–production cluster of the Khromtau mining technical college: from preschool career guidance to employment.</source>
        <translation>Cluster Desktop {version}

Хромтау тау-кен техникалық колледжінің білім беру-өндірістік кластерінің есебі: мектепке дейінгі кәсіптік бағдар беруден бастап жұмысқа орналасуға дейін.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something unexpected went wrong and nothing was saved: {error}</source>
        <translation>Күтпеген қате орын алды, ештеңе сақталмады: {error}</translation>
    </message>
    <message>
        <source>Cluster Desktop</source>
        <translation>Cluster Desktop</translation>
    </message>
</context>
<context>
    <name>ProgrammeDescription</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n топ</numerusform>
            <numerusform>%n топ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n білім алушы</numerusform>
            <numerusform>%n білім алушы</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат саны</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>Жаңа бағдарлама</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Бағдарламаны өзгерту</translation>
    </message>
    <message>
        <source>e.g. 07210100</source>
        <translation>мысалы, 07210100</translation>
    </message>
    <message>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Qualification code</source>
        <translation>Біліктілік коды</translation>
    </message>
    <message>
        <source>Qualification name</source>
        <translation>Біліктілік атауы</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат саны</translation>
    </message>
    <message>
        <source>Languages of instruction</source>
        <translation>Оқыту тілдері</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>The programme has unsaved changes. Close without saving?</source>
        <translation>Бағдарламада сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programme / group</source>
        <translation>Бағдарлама / топ</translation>
    </message>
    <message>
        <source>Code, hours / language, dates</source>
        <translation>Коды, сағаты / тілі, мерзімі</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>Жаңа &amp;бағдарлама…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Жаңа &amp;топ…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} сағ</translation>
    </message>
    <message>
        <source>kaz</source>
        <translation>қаз</translation>
    </message>
    <message>
        <source>rus</source>
        <translation>орыс</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>ағыл</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No programmes yet. Add the first one with «New programme…».</source>
        <translation>Әзірге бағдарлама жоқ. Біріншісін «Жаңа бағдарлама…» батырмасымен қосыңыз.</translation>
    </message>
    <message>
        <source>Select a programme to see its description, or a group to see its learners.</source>
        <translation>Сипаттамасын көру үшін бағдарламаны, ал білім алушыларын көру үшін топты таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the programme «{name}» with its %n group(s)? This cannot be undone.</source>
        <translation>
            <numerusform>«{name}» бағдарламасын және оның топтарын (%n) жою керек пе? Бұл әрекетті қайтару мүмкін емес.</numerusform>
            <numerusform>«{name}» бағдарламасын және оның топтарын (%n) жою керек пе? Бұл әрекетті қайтару мүмкін емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Бағдарламаны жою</translation>
    </message>
    <message>
        <source>Delete the group «{name}»? This cannot be undone.</source>
        <translation>«{name}» тобын жою керек пе? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Топты жою</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record result</source>
        <translation>Нәтижені енгізу</translation>
    </message>
    <message>
        <source>for example 87,5</source>
        <translation>мысалы, 87,5</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Аяқтаған күні</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Нәтиже, %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Enter a number from 0 to 100, for example 87,5.</source>
        <translation>0-ден 100-ге дейінгі санды енгізіңіз, мысалы, 87,5.</translation>
    </message>
    <message>
        <source>{letter} — {mark} on the 5-point scale</source>
        <translation>{letter} — 5 балдық шкала бойынша {mark}</translation>
    </message>
    <message>
        <source>The result has not been saved. Close without saving?</source>
        <translation>Нәтиже сақталмады. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Next stage</source>
        <translation>Келесі кезең</translation>
    </message>
    <message>
        <source>Specialty, position…</source>
        <translation>Мамандығы, лауазымы…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Қазіргі кезең</translation>
    </message>
    <message>
        <source>Moves to</source>
        <translation>Жаңа кезең</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>School grade</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>The learner is already at the last stage.</source>
        <translation>Білім алушы соңғы кезеңде тұр.</translation>
    </message>
</context>
</TS>
