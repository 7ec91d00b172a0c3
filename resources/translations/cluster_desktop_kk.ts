<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>Personal data report</source>
        <translation>Дербес деректер туралы есеп</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Кім туралы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Everything the college holds about the person: personal data, studies, documents, agreements, jobs, consents and who changed their records. Hand it only to the person or their legal representative; the printing is recorded in the audit log.</source>
        <translation>Колледж адам туралы сақтайтын барлық мәлімет: дербес деректері, оқуы, құжаттары, шарттары, жұмысы, келісімдері және оның жазбаларын кім өзгерткені. Есепті тек адамның өзіне немесе оның заңды өкіліне беріңіз; басып шығару аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <source>personal-data</source>
        <translation>дербес-деректер</translation>
    </message>
    <message>
        <source>Save the personal data report</source>
        <translation>Дербес деректер туралы есепті сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing «{name}»…</source>
        <translation>«{name}» жазылуда…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <source>Saved to «{path}».</source>
        <translation>«{path}» файлына сақталды.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Қызметкердің жаңа есептік жазбасы</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Құпиясөз (&amp;тағы бір рет):</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Пайдаланушы атын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The administrator adds the accounts of the other staff and decides what each may do. Keep the password safe: nobody can read it back.</source>
        <translation>Әкімші басқа қызметкерлердің есептік жазбаларын қосып, олардың әрқайсысы не істей алатынын шешеді. Құпиясөзді сенімді жерде сақтаңыз: оны ешкім қайта оқи алмайды.</translation>
    </message>
</context>
<context>
    <name>Admissions</name>
    <message>
        <source>State educational order</source>
        <translation>Мемлекеттік білім беру тапсырысы</translation>
    </message>
    <message>
        <source>Local order</source>
        <translation>Жергілікті тапсырыс</translation>
    </message>
    <message>
        <source>Employer-funded (target)</source>
        <translation>Жұмыс беруші есебінен (мақсатты)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ақылы</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Өтініш берді</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Оқуға кірді</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Талапкер</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Kind of seat</source>
        <translation>Орын түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Admission order</source>
        <translation>Қабылдау бұйрығы</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Барлық орын</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Employers&apos; demand</source>
        <translation>Жұмыс берушілер сұранысы</translation>
    </message>
    <message>
        <source>Forecast of graduates</source>
        <translation>Түлектер болжамы</translation>
    </message>
</context>
<context>
    <name>AdmissionsPage</name>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Барлық мамандықтар</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>All kinds of seat</source>
        <translation>Орынның барлық түрі</translation>
    </message>
    <message>
        <source>&amp;Add application…</source>
        <translation>Өтініш &amp;қосу…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ad&amp;mit…</source>
        <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>Оқуға &amp;енгізу</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Intake &amp;plan…</source>
        <translation>Қабылдау &amp;жоспары…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Seats per kind for the intake year beside the people the employers ask for that year and the graduates the forecast expects then. «—»: no plan (applications to the specialty are refused) or nothing to forecast from.</source>
        <translation>Қабылдау жылына орын түрлері бойынша орындар, сол жылы жұмыс берушілер сұрайтын адамдар мен болжамдағы түлектердің қасында. «—»: жоспар жоқ (мамандыққа өтініш қабылданбайды) немесе болжайтын дерек жоқ.</translation>
    </message>
    <message>
        <source>Intake plan for {year}</source>
        <translation>{year} жылғы қабылдау жоспары</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message>
        <source>Record that {name} declined (or was refused) «{specialty}»? An admitted applicant&apos;s seat is freed.</source>
        <translation>{name} «{specialty}» мамандығынан бас тартты (немесе қабылданбады) деп белгілеу керек пе? Қабылданған талапкердің орны босайды.</translation>
    </message>
    <message>
        <source>Decline application</source>
        <translation>Өтініштен бас тарту</translation>
    </message>
    <message>
        <source>Enrol {name} in «{specialty}» from {day}? The college stage of the learner&apos;s journey begins that day.</source>
        <translation>{name} {day} бастап «{specialty}» мамандығына оқуға енгізілсін бе? Сол күні білім алушының колледж кезеңі басталады.</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Оқуға енгізу</translation>
    </message>
    <message>
        <source>Delete the application of {name} to «{specialty}»? This cannot be undone.</source>
        <translation>{name} талапкердің «{specialty}» мамандығына өтінішін өшіру керек пе? Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Өтінішті өшіру</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit {name}</source>
        <translation>Қабылдау: {name}</translation>
    </message>
    <message>
        <source>Admission order number</source>
        <translation>Қабылдау бұйрығының нөмірі</translation>
    </message>
    <message>
        <source>Admission order date</source>
        <translation>Қабылдау бұйрығының күні</translation>
    </message>
    <message>
        <source>The admission order is not saved. Close without admitting?</source>
        <translation>Қабылдау бұйрығы сақталмады. Қабылдамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Жаңа келісімшарт</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Келісімшартты өзгерту</translation>
    </message>
    <message>
        <source>e.g. ДО-12</source>
        <translation>мысалы, ДО-12</translation>
    </message>
    <message>
        <source>Draft (not signed yet)</source>
        <translation>Жоба (әлі қол қойылмаған)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Қол қойылған күні</translation>
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
        <source>Specialty or programme</source>
        <translation>Мамандық немесе бағдарлама</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Pay or stipend</source>
        <translation>Жалақы немесе стипендия</translation>
    </message>
    <message>
        <source>Hours on the job</source>
        <translation>Өндірістегі сағат саны</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Selected learner&apos;s period:</source>
        <translation>Таңдалған білім алушының мерзімі:</translation>
    </message>
    <message>
        <source>Leave empty when the learner&apos;s period is the agreement&apos;s</source>
        <translation>Білім алушының мерзімі келісімшарт мерзімімен бірдей болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Құжаттың күні</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>(choose the partner)</source>
        <translation>(серіктесті таңдаңыз)</translation>
    </message>
    <message>
        <source>The agreement has unsaved changes. Close without saving?</source>
        <translation>Келісімшартта сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Terminated {date}: {reason}</source>
        <translation>{date} күні бұзылды: {reason}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Search by number, subject or partner…</source>
        <translation>Нөмір, тақырып немесе серіктес бойынша іздеу…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>Жаңа &amp;келісімшарт…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Бұзу…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Алдын ала қарау…</translation>
    </message>
    <message>
        <source>The document in Kazakh or Russian</source>
        <translation>Құжат қазақ немесе орыс тілінде</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Тізімді көрсетілген күйінде Excel немесе CSV файлына экспорттау (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n келісімшарт</numerusform>
            <numerusform>%n келісімшарт</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate agreement No. {number}</source>
        <translation>№ {number} келісімшартты бұзу</translation>
    </message>
    <message>
        <source>Why is the agreement with {partner} terminated (from today)?</source>
        <translation>{partner} ұйымымен жасалған келісімшарт неге бұзылады (бүгіннен бастап)?</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Бұзу</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Келісімшартты жою</translation>
    </message>
    <message>
        <source>Delete agreement No. {number} with {partner}? This cannot be undone.</source>
        <translation>{partner} ұйымымен жасалған № {number} келісімшарт жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Agreement No. {number}</source>
        <translation>№ {number} келісімшарт</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Құжат тілі:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Құжат жазылуда…</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>келісімшарттар</translation>
    </message>
</context>
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
    <name>ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Өтінішті өзгерту</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 сан</translation>
    </message>
    <message>
        <source>only for someone not yet in the register</source>
        <translation>тек тізілімде әлі жоқ адам үшін</translation>
    </message>
    <message>
        <source>for an applicant under 18</source>
        <translation>18 жасқа толмаған талапкер үшін</translation>
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
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Қабылдау жылы</translation>
    </message>
    <message>
        <source>Kind of seat</source>
        <translation>Орын түрі</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>(choose the specialty)</source>
        <translation>(мамандықты таңдаңыз)</translation>
    </message>
    <message>
        <source>(choose the employer)</source>
        <translation>(жұмыс берушіні таңдаңыз)</translation>
    </message>
    <message>
        <source>The application has unsaved changes. Close without saving?</source>
        <translation>Өтініште сақталмаған өзгерістер бар. Сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Academic year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Қандай жазбалар</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>Agreement (No.)</source>
        <translation>Келісім (№)</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Анонимделген күні</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Өтініш берілген күні</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Куәліктер</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Келісім берген</translation>
    </message>
    <message>
        <source>Consent (No.)</source>
        <translation>Келісім (№)</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Келісім аясы</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>Тіркелген келісімдер</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Kind of contract</source>
        <translation>Шарт түрі</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Құрылған күні</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Ағымдағы кезең</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Түлектің бағыттары</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Көрсетілетін аты</translation>
    </message>
    <message>
        <source>Duplicate of (No.)</source>
        <translation>Телнұсқасы (№)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Employer (No.)</source>
        <translation>Жұмыс беруші (№)</translation>
    </message>
    <message>
        <source>Employment (No.)</source>
        <translation>Жұмысқа орналасу (№)</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Топқа қабылданды</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Enrolment (No.)</source>
        <translation>Оқуға қабылдау (№)</translation>
    </message>
    <message>
        <source>Enterprise (No.)</source>
        <translation>Кәсіпорын (№)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation>Растау күні</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Растау түрі</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Аяқтаған күні</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Бланк нөмірі</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Анықталған күні</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Representative who signed</source>
        <translation>Қол қойған өкіл</translation>
    </message>
    <message>
        <source>Relation of the representative</source>
        <translation>Өкілдің кім болатыны</translation>
    </message>
    <message>
        <source>Year of the grade</source>
        <translation>Сынып жылы</translation>
    </message>
    <message>
        <source>Group (No.)</source>
        <translation>Топ (№)</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>Құрылған топтар</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>Болған уақыты</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ЖСК (IBAN)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>In the specialty</source>
        <translation>Мамандығы бойынша</translation>
    </message>
    <message>
        <source>Instructor is</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Instructor&apos;s organisation (No.)</source>
        <translation>Жүргізушінің ұйымы (№)</translation>
    </message>
    <message>
        <source>Instructor&apos;s position</source>
        <translation>Жүргізушінің лауазымы</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Жұмыс орындары</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Қол қою кілті</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Соңғы нөмір</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Латын әрпімен аты</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Тексеруді қажет етеді</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Хабарланған күні</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Кімге хабарланды</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Бұйрық күні</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Бұйрық нөмірі</translation>
    </message>
    <message>
        <source>Organisation (No.)</source>
        <translation>Ұйым (№)</translation>
    </message>
    <message>
        <source>Organiser (No.)</source>
        <translation>Ұйымдастырушы (№)</translation>
    </message>
    <message>
        <source>Partner (No.)</source>
        <translation>Серіктес (№)</translation>
    </message>
    <message>
        <source>Password changed at</source>
        <translation>Құпиясөз өзгертілген уақыт</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Төлемақы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Learner (No.)</source>
        <translation>Білім алушы (№)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Programme (No.)</source>
        <translation>Бағдарлама (№)</translation>
    </message>
    <message>
        <source>Kind of programme</source>
        <translation>Бағдарлама түрі</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Qualification code</source>
        <translation>Біліктілік коды</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Қамтылған жазбалар саны</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <source>Representative&apos;s phone</source>
        <translation>Өкілдің телефоны</translation>
    </message>
    <message>
        <source>Representative is the learner&apos;s</source>
        <translation>Өкілдің білім алушыға туыстығы</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Нәтиже, %</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Күші жойылған күні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>School grade</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Kind of seat</source>
        <translation>Орын түрі</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар саны</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <source>Session (No.)</source>
        <translation>Іс-шара (№)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Қол қоюшының лауазымы</translation>
    </message>
    <message>
        <source>Signatory&apos;s sex</source>
        <translation>Қол қоюшының жынысы</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Specialty code</source>
        <translation>Мамандық коды</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Stage (No.)</source>
        <translation>Кезең (№)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Still employed</source>
        <translation>Әлі жұмыста</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Оқу нысаны</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Бұзылған күні</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>Бұзу себебі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Жұмыс орны (ұйым)</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс станциясы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Years after the end of studies</source>
        <translation>Оқу аяқталғаннан кейінгі жылдар саны</translation>
    </message>
    <message>
        <source>{field} (Kazakh)</source>
        <translation>{field} (қазақша)</translation>
    </message>
    <message>
        <source>{field} (Russian)</source>
        <translation>{field} (орысша)</translation>
    </message>
    <message>
        <source>{field} (English)</source>
        <translation>{field} (ағылшынша)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Жүйеге кірді</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Сәтсіз кіру әрекеті</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Жүйеден шықты</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар өзгертілді</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Рөлі өзгертілді</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Құпиясөз орнатылды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Рұқсат берілмеді</translation>
    </message>
    <message>
        <source>Sealed with the audit key</source>
        <translation>Аудит кілтімен мөрленді</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Анонимделді</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Оқуға қабылдау жазбасы</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісімшарт</translation>
    </message>
    <message>
        <source>Learner in an agreement</source>
        <translation>Келісімшарттағы білім алушы</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Қызметкердің есептік жазбасы</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Құжат мәтіні</translation>
    </message>
    <message>
        <source>Practice placement</source>
        <translation>Өндірістік практика</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Employment follow-up</source>
        <translation>Жұмыстағы бақылау</translation>
    </message>
    <message>
        <source>Guidance session</source>
        <translation>Кәсіптік бағдар іс-шарасы</translation>
    </message>
    <message>
        <source>Session attendance</source>
        <translation>Іс-шараға қатысу</translation>
    </message>
    <message>
        <source>Session head count</source>
        <translation>Іс-шарадағы балалар саны</translation>
    </message>
    <message>
        <source>Employer demand</source>
        <translation>Жұмыс берушілер сұранысы</translation>
    </message>
    <message>
        <source>Graduate&apos;s destination</source>
        <translation>Түлектің кейінгі жолы</translation>
    </message>
    <message>
        <source>Qualification catalogue entry</source>
        <translation>Біліктілік анықтамалығының жазбасы</translation>
    </message>
    <message>
        <source>Application for admission</source>
        <translation>Оқуға түсу өтініші</translation>
    </message>
    <message>
        <source>Intake plan</source>
        <translation>Қабылдау жоспары</translation>
    </message>
    <message>
        <source>Repeated school year</source>
        <translation>Оқу жылын қайталау</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Purpose of a consent</source>
        <translation>Келісімнің мақсаты</translation>
    </message>
    <message>
        <source>Personal-data incident</source>
        <translation>Дербес деректерге қатысты инцидент</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс станциясы</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Кез келген пайдаланушы</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Кез келген әрекет</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Кез келген жазба</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Өзгерістерден іздеу…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Checking the audit log&apos;s hash chain…</source>
        <translation>Аудит журналының хэш тізбегі тексерілуде…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <source>from</source>
        <translation>кезең:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Не өзгергенін көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Entry {id}: {action} — {kind} {record} by {user} on {workstation}</source>
        <translation>{id}-жазба: {action} — {kind} {record}; пайдаланушы: {user}, жұмыс станциясы: {workstation}</translation>
    </message>
    <message>
        <source>The audit log was altered after it was written: {problem}</source>
        <translation>Аудит журналы жазылғаннан кейін өзгертілген: {problem}</translation>
    </message>
    <message>
        <source>The audit log is intact: every entry matches the hash chain.</source>
        <translation>Аудит журналы бүтін: әр жазба хэш тізбегіне сәйкес келеді.</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>аудит-журналы</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Back up now</source>
        <translation>Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>There is no verified backup for this quarter ({quarter}) yet. Copy the records to a USB stick.</source>
        <translation>Осы тоқсанда ({quarter}) тексерілген сақтық көшірме әлі жасалмаған. Деректерді USB флешкаға көшіріңіз.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Learners</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Stage records</source>
        <translation>Кезең жазбалары</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Бағдарламалар</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Оқуға қабылдау жазбалары</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Damaged:</source>
        <translation>Зақымдалған:</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Бағдарлама нұсқасы</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Қалтаны таңдау…</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Бағдарлама нұсқасы</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>зақымдалған</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сақтық көшірмені қазір жасау</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <source>Where to keep backups</source>
        <translation>Сақтық көшірмелерді сақтау орны</translation>
    </message>
    <message>
        <source>Removable drives plugged in:</source>
        <translation>Қосылған алынбалы дискілер:</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>Осы қалтадағы сақтық көшірмелер</translation>
    </message>
    <message>
        <source>{size} GB free</source>
        <translation>{size} ГБ бос</translation>
    </message>
    <message>
        <source>No removable drive found. Plug a USB stick in, or choose any folder.</source>
        <translation>Алынбалы диск табылмады. USB флешканы қосыңыз немесе кез келген қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Сақтық көшірмелерге арналған қалта</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Қалта: {folder}</translation>
    </message>
    <message>
        <source>No verified backup has been made yet.</source>
        <translation>Тексерілген сақтық көшірме әлі жасалмаған.</translation>
    </message>
    <message>
        <source>Last verified backup: {when}, {file}</source>
        <translation>Соңғы тексерілген сақтық көшірме: {when}, {file}</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backups and type it twice. Keep it safe: without it no backup can be restored.</source>
        <translation>Сақтық көшірмелер үшін құпия фраза ойлап тауып, оны екі рет енгізіңіз. Оны сенімді жерде сақтаңыз: онсыз ешбір сақтық көшірмені қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backups.</source>
        <translation>Сақтық көшірмелердің құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Done: the backup {file} was written and verified.</source>
        <translation>Дайын: {file} сақтық көшірмесі жазылып, тексерілді.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup {file}.</source>
        <translation>{file} сақтық көшірмесінің құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>The backup {file} is complete and authentic.</source>
        <translation>{file} сақтық көшірмесі толық әрі түпнұсқа.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Restored from {file}. A safety copy of the previous data: {copy}</source>
        <translation>{file} файлынан қалпына келтірілді. Бұрынғы деректердің қауіпсіздік көшірмесі: {copy}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed, earlier backups are untouched.</source>
        <translation>Тоқтатылды: ештеңе өзгертілмеді, бұрынғы сақтық көшірмелер өзгеріссіз қалды.</translation>
    </message>
</context>
<context>
    <name>BlankPreviewer</name>
    <message>
        <source>Preparing the pages…</source>
        <translation>Беттер дайындалуда…</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>To issue</source>
        <translation>Берілетіндер</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Сертификатты тексеру…</translation>
    </message>
    <message>
        <source>Scan or paste a QR code, or open a PDF (Ctrl+K)</source>
        <translation>QR кодты сканерлеңіз немесе қойыңыз, не PDF файлын ашыңыз (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>In the cohort</source>
        <translation>Когортада</translation>
    </message>
    <message>
        <source>Took cluster courses at school</source>
        <translation>Мектепте кластер курстарынан өтті</translation>
    </message>
    <message>
        <source>Got a course certificate</source>
        <translation>Курс сертификатын алды</translation>
    </message>
    <message>
        <source>Applied to the college</source>
        <translation>Колледжге өтініш берді</translation>
    </message>
    <message>
        <source>Entered the college</source>
        <translation>Колледжге түсті</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Колледжді бітірді</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation</source>
        <translation>Бітіргеннен 6 айдан соң жұмыста</translation>
    </message>
    <message>
        <source>In their specialty after 6 months</source>
        <translation>6 айдан соң мамандығы бойынша</translation>
    </message>
    <message>
        <source>Employed 12 months after graduation</source>
        <translation>Бітіргеннен 12 айдан соң жұмыста</translation>
    </message>
    <message>
        <source>In their specialty after 12 months</source>
        <translation>12 айдан соң мамандығы бойынша</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Of the cohort</source>
        <translation>Когортадан үлесі</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Мерзімі әлі келмеген</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Т. А. Ә.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>School grade</source>
        <translation>Мектеп сыныбы</translation>
    </message>
    <message>
        <source>Preschool sessions</source>
        <translation>Мектепке дейінгі сабақтар</translation>
    </message>
    <message>
        <source>College intake</source>
        <translation>Колледжге қабылдау</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Мектеп:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Сынып:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Мамандық:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Когорта:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Оқу жылы:</translation>
    </message>
    <message>
        <source>The cohort step by step</source>
        <translation>Когорта қадам сайын</translation>
    </message>
    <message>
        <source>Nobody is in this cohort.</source>
        <translation>Бұл когортада ешкім жоқ.</translation>
    </message>
    <message>
        <source>Choose a step to see the people behind it.</source>
        <translation>Адамдарын көру үшін қадамды таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no school or specialty to choose yet.</source>
        <translation>Таңдайтын мектеп немесе мамандық әзірге жоқ.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n person(s), {share} of the cohort</source>
        <translation>
            <numerusform>{step}: %n адам, когортаның {share}</numerusform>
            <numerusform>{step}: %n адам, когортаның {share}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more counted at that year&apos;s sessions without names cannot be followed.</source>
        <translation>
            <numerusform>Сол жылғы сабақтарда атынсыз есептелген тағы %n адамның жолын бақылау мүмкін емес.</numerusform>
            <numerusform>Сол жылғы сабақтарда атынсыз есептелген тағы %n адамның жолын бақылау мүмкін емес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n person(s)</source>
        <translation>
            <numerusform>{step}: %n адам</numerusform>
            <numerusform>{step}: %n адам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollegeDialog</name>
    <message>
        <source>College details</source>
        <translation>Колледж деректемелері</translation>
    </message>
    <message>
        <source>These details are printed on certificates and agreements.</source>
        <translation>Бұл деректемелер сертификаттар мен келісімшарттарда басылады.</translation>
    </message>
    <message>
        <source>The college details have unsaved changes. Close without saving?</source>
        <translation>Колледж деректемелерінде сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>CollegeFields</name>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Director (as signed)</source>
        <translation>Директор (қол қойғандай)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Director&apos;s sex</source>
        <translation>Директордың жынысы</translation>
    </message>
    <message>
        <source>IBAN, BIC</source>
        <translation>ЖСК (IBAN), БСК</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Логотип (міндетті емес)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Логотип жоқ</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Логотипті таңдау</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>«{name}» cannot be read: {reason}</source>
        <translation>«{name}» файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>«{name}» is not a PNG or JPEG image.</source>
        <translation>«{name}» — PNG немесе JPEG суреті емес.</translation>
    </message>
</context>
<context>
    <name>CollegePage</name>
    <message>
        <source>The college</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Printed on certificates and agreements. You may leave this page empty and fill it in later in Settings → College details.</source>
        <translation>Сертификаттар мен келісімшарттарда басылады. Бұл бетті бос қалдырып, кейін Баптаулар → Колледж деректемелері бөлімінде толтыруға болады.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Бағандарды сәйкестендіріңіз</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of the program, or is not imported. The IIN is required.</source>
        <translation>Файлдың әр бағаны бағдарламаның бір өрісіне сәйкестендіріледі немесе импортталмайды. ЖСН бағаны міндетті.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Бірінші мәні</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <source>(column {n}, no header)</source>
        <translation>({n}-баған, тақырыбы жоқ)</translation>
    </message>
    <message>
        <source>Choose the column that holds the IIN.</source>
        <translation>ЖСН жазылған бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>More than one column goes to: {fields}.</source>
        <translation>Мына өрістерге бірнеше баған сәйкестендірілген: {fields}.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Where the data lives</source>
        <translation>Деректер қайда сақталады</translation>
    </message>
    <message>
        <source>On this PC, or on a PostgreSQL server that two or three PCs of the college share.</source>
        <translation>Осы компьютерде немесе колледждің екі-үш компьютері ортақ пайдаланатын PostgreSQL серверінде.</translation>
    </message>
    <message>
        <source>&amp;This PC (recommended for one computer)</source>
        <translation>&amp;Осы компьютер (бір компьютер үшін ұсынылады)</translation>
    </message>
    <message>
        <source>The data is kept in the folder {folder}</source>
        <translation>Деректер {folder} қалтасында сақталады</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Ортақ &amp;PostgreSQL сервері</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-name</source>
        <translation>мысалы, 192.168.1.10 немесе server-name</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Қосылымды тексеру</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Connected. This database is already in use by Cluster Desktop: press Finish, then log in with your account.</source>
        <translation>Қосылды. Бұл дерекқорды Cluster Desktop пайдаланып жүр: «Аяқтау және кіру» батырмасын басып, өз есептік жазбаңызбен кіріңіз.</translation>
    </message>
    <message>
        <source>Connected. The database will be prepared when you press Finish.</source>
        <translation>Қосылды. «Аяқтау және кіру» батырмасын басқанда дерекқор дайындалады.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Келісімді тіркеу</translation>
    </message>
    <message>
        <source>Surname, name and patronymic</source>
        <translation>Тегі, аты және әкесінің аты</translation>
    </message>
    <message>
        <source>Mother, father, guardian…</source>
        <translation>Анасы, әкесі, қамқоршысы…</translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation>Белгілі бір күнге дейін</translation>
    </message>
    <message>
        <source>Years after the end of studies:</source>
        <translation>Оқу аяқталғаннан кейін, жыл:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Келісім берген</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кім болады</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Бланк нөмірі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>Expiring</source>
        <translation>Мерзімі бітетіндер</translation>
    </message>
    <message>
        <source>Turning 18: own consent needed</source>
        <translation>18 жасқа толатындар: өз келісімі керек</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарылғандар</translation>
    </message>
    <message>
        <source>Own consent needed since {day}</source>
        <translation>{day} бастап өз келісімі керек</translation>
    </message>
    <message>
        <source>Own consent due by {day}</source>
        <translation>Өз келісімін {day} дейін алу керек</translation>
    </message>
    <message>
        <source>within</source>
        <translation>алдағы</translation>
    </message>
    <message>
        <source>days</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Аты немесе ЖСН бойынша іздеу…</translation>
    </message>
    <message>
        <source>Grace period after the 18th birthday:</source>
        <translation>18 жасқа толғаннан кейінгі жеңілдік мерзімі:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Learner&apos;s &amp;card</source>
        <translation>Білім алушының &amp;картасы</translation>
    </message>
    <message>
        <source>Open the learner on the Learners page, to record or withdraw a consent</source>
        <translation>Келісімді тіркеу немесе кері қайтарып алу үшін білім алушыны «Білім алушылар» бетінде ашу</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>18 on</source>
        <translation>18 жасқа толу күні</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <source>Still allows</source>
        <translation>Әлі рұқсат етеді</translation>
    </message>
    <message>
        <source>Own consent</source>
        <translation>Өз келісімі</translation>
    </message>
    <message>
        <source>Purpose withdrawn</source>
        <translation>Кері қайтарылған мақсат</translation>
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
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Келісім берген</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>Consents to process personal data</source>
        <translation>Дербес деректерді өңдеуге келісімдер</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Келісімді &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Кері &amp;қайтарып алу…</translation>
    </message>
    <message>
        <source>Select a learner to see their consents.</source>
        <translation>Келісімдерін көру үшін білім алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Consent in own name needed: the learner is an adult and every consent in force was given by a representative (due by {day}).</source>
        <translation>Өз атынан келісім қажет: білім алушы кәмелетке толған, ал күшіндегі барлық келісімді өкілі берген ({day} дейін алу керек).</translation>
    </message>
    <message>
        <source>The record is anonymised.</source>
        <translation>Жазба иесіздендірілген.</translation>
    </message>
    <message>
        <source>No consent is recorded: nothing a purpose governs may be done.</source>
        <translation>Бірде-бір келісім тіркелмеген: мақсатқа байланысты ешбір әрекет жасауға болмайды.</translation>
    </message>
    <message>
        <source>No consent is in force.</source>
        <translation>Күшіндегі келісім жоқ.</translation>
    </message>
    <message>
        <source>Signed on {day} by {giver}</source>
        <translation>{day} күні қол қойған: {giver}</translation>
    </message>
    <message>
        <source>form № {number}</source>
        <translation>бланк № {number}</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>{day} күні кері қайтарылды</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>{day} дейін жарамды</translation>
    </message>
    <message numerus="yes">
        <source>valid to the end of studies plus %n year(s)</source>
        <translation>
            <numerusform>оқу аяқталғанға дейін және тағы %n жыл</numerusform>
            <numerusform>оқу аяқталғанға дейін және тағы %n жыл</numerusform>
        </translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>({day} дейін)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>әлі күшіне енбеген</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарылған</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Cluster Desktop: something went wrong</source>
        <translation>Cluster Desktop: қате пайда болды</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Толығырақ көрсету</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Мәліметті &amp;көшіру</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Something went wrong in the program, and what you just did may not have been completed.</source>
        <translation>Бағдарламада қате пайда болды; соңғы әрекет аяқталмауы мүмкін.</translation>
    </message>
    <message>
        <source>Your saved data is safe: a change is saved whole or not at all. What you were typing in an open dialog may need to be entered again.</source>
        <translation>Сақталған деректер қауіпсіз: өзгеріс толық сақталады немесе мүлде сақталмайды. Ашық терезеде енгізіп жатқан мәліметті қайта енгізу қажет болуы мүмкін.</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Толық мәлімет {file} файлына жазылды.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file: copy them before you close this message.</source>
        <translation>Толық мәліметті журнал файлына жазу мүмкін болмады: бұл хабарды жаппас бұрын оларды көшіріп алыңыз.</translation>
    </message>
    <message>
        <source>You can go on working. If it happens again, send the details to whoever supports the program.</source>
        <translation>Жұмысты жалғастыра беруге болады. Қате қайталанса, толық мәліметті бағдарламаны қолдайтын маманға жіберіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened while this message was open.</source>
        <translation>
            <numerusform>Бұл хабар ашық тұрғанда тағы %n қате пайда болды.</numerusform>
            <numerusform>Бұл хабар ашық тұрғанда тағы %n қате пайда болды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Толығырақты жасыру</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Whole year</source>
        <translation>Бүкіл жыл</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number}-тоқсан</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Есеп…</translation>
    </message>
    <message>
        <source>Print or export the outcome report (Ctrl+P)</source>
        <translation>Нәтижелер есебін басып шығару немесе экспорттау (Ctrl+P)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Есепті кезең:</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Жұмысқа орналасқандар</translation>
    </message>
    <message>
        <source>No graduates yet.</source>
        <translation>Әзірге түлектер жоқ.</translation>
    </message>
    <message>
        <source>Employers&apos; demand and the forecast</source>
        <translation>Жұмыс берушілер сұранысы және болжам</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Сұралғаны</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Болжам</translation>
    </message>
    <message>
        <source>No requests from employers for these years.</source>
        <translation>Бұл жылдарға жұмыс берушілерден өтінім жоқ.</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Түлек</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Бітірген күні</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation, by year of graduation</source>
        <translation>Бітірген жылдар бойынша 6 айдан кейін жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation by specialty</source>
        <translation>Мамандықтар бойынша 6 айдан кейін жұмысқа орналасу</translation>
    </message>
    <message>
        <source>A school&apos;s grade 10 followed through</source>
        <translation>Мектептің 10-сыныбы жол бойы</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>No partner school has grade-10 pupils on record yet.</source>
        <translation>Серіктес мектептердің 10-сынып оқушылары әзірге тіркелмеген.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{total} ішінен {count}</translation>
    </message>
    <message>
        <source>Students with practice or dual education</source>
        <translation>Өндірістік практикадан немесе дуалды оқытудан өткен студенттер</translation>
    </message>
    <message>
        <source>no students</source>
        <translation>студенттер жоқ</translation>
    </message>
    <message>
        <source>Still employed after {months} months</source>
        <translation>{months} айдан кейін әлі жұмыс істейтіндер</translation>
    </message>
    <message>
        <source>{count} of {total} followed up</source>
        <translation>{count} (бақыланғаны: {total})</translation>
    </message>
    <message>
        <source>no follow-ups</source>
        <translation>бақылау жоқ</translation>
    </message>
    <message>
        <source>Demand covered, {first}–{last}</source>
        <translation>Сұраныстың өтелуі, {first}–{last}</translation>
    </message>
    <message>
        <source>{count} of {total} people</source>
        <translation>{total} адам ішінен {count}</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>өтінім жоқ</translation>
    </message>
    <message>
        <source>People requested by employers that the forecast of graduates covers, qualification by qualification and year by year. Short of {shortfall} people.</source>
        <translation>Жұмыс берушілер сұраған адамдардың түлектер болжамымен өтелетін үлесі; біліктілік пен жыл бойынша жеке есептеледі. Тапшылық: {shortfall} адам.</translation>
    </message>
    <message>
        <source>{label}: {count} of {total} employed</source>
        <translation>{label}: {total} ішінен {count} жұмысқа орналасқан</translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n pupil(s), {share} of the cohort</source>
        <translation>
            <numerusform>{step}: %n оқушы, когортаның {share}</numerusform>
            <numerusform>{step}: %n оқушы, когортаның {share}</numerusform>
        </translation>
    </message>
    <message>
        <source>{school}, grade 10 in {year}: the same pupils step by step</source>
        <translation>{school}, {year} оқу жылындағы 10-сынып: сол оқушылар қадам сайын</translation>
    </message>
    <message>
        <source>Employers&apos; demand and the forecast, {first}–{last}</source>
        <translation>Жұмыс берушілер сұранысы және болжам, {first}–{last}</translation>
    </message>
    <message>
        <source>state method</source>
        <translation>мемлекеттік әдістеме</translation>
    </message>
    <message>
        <source>the college&apos;s definition</source>
        <translation>колледж анықтамасы</translation>
    </message>
    <message>
        <source>Graduates of {year} employed 6 months after graduation</source>
        <translation>{year} жылғы түлектер: бітіргеннен 6 айдан кейін жұмысқа орналасқандар</translation>
    </message>
    <message>
        <source>nobody to count yet</source>
        <translation>әзірге есептейтін ешкім жоқ</translation>
    </message>
    <message>
        <source>12 months after graduation: {count} of {total} employed ({rate}). «Employed» as the definition in the settings says ({definition}): graduates in further study, the army or on childcare leave are left out by the state method.</source>
        <translation>Бітіргеннен 12 айдан кейін: {total} ішінен {count} жұмысқа орналасқан ({rate}). «Жұмысқа орналасқан» баптаулардағы анықтама бойынша ({definition}): мемлекеттік әдістеме бойынша оқуын жалғастырушылар, әскердегілер және бала күтіміне байланысты демалыстағылар есепке алынбайды.</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation by specialty, graduates of {first}–{last}</source>
        <translation>Мамандықтар бойынша бітіргеннен 6 айдан кейін жұмысқа орналасу, {first}–{last} жылғы түлектер</translation>
    </message>
    <message>
        <source>{name}: {requested} requested, {expected} expected</source>
        <translation>{name}: сұралғаны {requested}, күтілетіні {expected}</translation>
    </message>
    <message numerus="yes">
        <source>Graduates without a recorded job: %n</source>
        <translation>
            <numerusform>Жұмысқа орналасуы тіркелмеген түлектер: %n</numerusform>
            <numerusform>Жұмысқа орналасуы тіркелмеген түлектер: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every graduate has a recorded job.</source>
        <translation>Барлық түлектің жұмысқа орналасуы тіркелген.</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>New employer&apos;s request</source>
        <translation>Жұмыс берушінің жаңа өтінімі</translation>
    </message>
    <message>
        <source>Edit employer&apos;s request</source>
        <translation>Жұмыс берушінің өтінімін өзгерту</translation>
    </message>
    <message>
        <source>1 to 10,000</source>
        <translation>1-ден 10 000-ға дейін</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>(choose the employer)</source>
        <translation>(жұмыс берушіні таңдаңыз)</translation>
    </message>
    <message>
        <source>The request has unsaved changes. Close without saving?</source>
        <translation>Өтінімде сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>DemandPage</name>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Біліктілік</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>shortfall {n}</source>
        <translation>тапшылық {n}</translation>
    </message>
    <message>
        <source>surplus {n}</source>
        <translation>артықтық {n}</translation>
    </message>
    <message>
        <source>exactly covered</source>
        <translation>дәл өтеледі</translation>
    </message>
    <message>
        <source>Of which pupils on school courses: {n}</source>
        <translation>Оның ішінде мектеп курстарының оқушылары: {n}</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Сұралғаны</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Оқуда</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Оқуды аяқтау үлесі</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Болжам</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Өтелуі</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Жұмыс берушілер</translation>
    </message>
    <message>
        <source>Search by employer or qualification…</source>
        <translation>Жұмыс беруші немесе біліктілік бойынша іздеу…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>&amp;Add request…</source>
        <translation>Өтінім &amp;қосу…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
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
        <source>Forecast against the requests, per qualification and year</source>
        <translation>Болжам мен өтінімдерді салыстыру: біліктілік пен жыл бойынша</translation>
    </message>
    <message>
        <source>Forecast: the learners studying in groups that graduate that year × the qualification&apos;s completion rate (else the college&apos;s), plus those who have already completed, plus the pupils on school courses × the share of past pupils who entered the specialty (graduating after its usual length). «—»: nothing to compute it from.</source>
        <translation>Болжам: сол жылы бітіретін топтарда оқып жатқан білім алушылар саны × біліктілік бойынша оқуды аяқтау үлесі (ол болмаса — колледж бойынша үлес), оған оқуды аяқтап қойғандар және мектеп курстарындағы оқушылар × бұрынғы оқушылардың осы мамандыққа түскен үлесі (мамандықтың әдеттегі мерзімінен кейін бітіреді) қосылады. «—»: есептеуге дерек жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n өтінім</numerusform>
            <numerusform>%n өтінім</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request of {employer} for {people} × {qualification} in {year}? This cannot be undone.</source>
        <translation>{employer} ұйымының {year} жылға арналған өтінімі ({people} × {qualification}) жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Өтінімді жою</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Record a destination</source>
        <translation>Бағытты енгізу</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Түлек</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Until (if it ended)</source>
        <translation>Аяқталуы (аяқталса)</translation>
    </message>
    <message>
        <source>University or college</source>
        <translation>ЖОО немесе колледж</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растауы</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>{name}, graduated {date}</source>
        <translation>{name}, бітірген күні {date}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <source>The destination has not been saved. Close without saving?</source>
        <translation>Бағыт сақталмады. Сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>DocumentTextsDialog</name>
    <message>
        <source>Document texts</source>
        <translation>Құжат мәтіндері</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Тақырыпша</translation>
    </message>
    <message>
        <source>Number line</source>
        <translation>Нөмір жолы</translation>
    </message>
    <message>
        <source>Place line</source>
        <translation>Орын жолы</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Күн жолы</translation>
    </message>
    <message>
        <source>Parties paragraph</source>
        <translation>Тараптар туралы абзац</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Тақырып бөлігі</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Тармақтар</translation>
    </message>
    <message>
        <source>Parties and labels</source>
        <translation>Тараптар мен белгілер</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Толтырғыштар (қою үшін екі рет шертіңіз):</translation>
    </message>
    <message>
        <source>Reset to default…</source>
        <translation>Бастапқы мәтінді қайтару…</translation>
    </message>
    <message>
        <source>The college (party)</source>
        <translation>Колледж (тарап)</translation>
    </message>
    <message>
        <source>The partner (party)</source>
        <translation>Серіктес (тарап)</translation>
    </message>
    <message>
        <source>The learner (party)</source>
        <translation>Білім алушы (тарап)</translation>
    </message>
    <message>
        <source>Requisites heading</source>
        <translation>Деректемелер тақырыбы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ЖСК (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
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
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Заңды өкіл</translation>
    </message>
    <message>
        <source>Director signs as</source>
        <translation>Директор қолтаңбасының белгісі</translation>
    </message>
    <message>
        <source>Partner signs as</source>
        <translation>Серіктес қолтаңбасының белгісі</translation>
    </message>
    <message>
        <source>Learner signs as</source>
        <translation>Білім алушы қолтаңбасының белгісі</translation>
    </message>
    <message>
        <source>Under the signature line</source>
        <translation>Қолтаңба жолының астындағы жазу</translation>
    </message>
    <message>
        <source>Place of the seal</source>
        <translation>Мөр орны</translation>
    </message>
    <message>
        <source>Section of extra conditions</source>
        <translation>Қосымша шарттар бөлімі</translation>
    </message>
    <message>
        <source>Page numbers ({page}, {pages})</source>
        <translation>Бет нөмірлері ({page}, {pages})</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Тіркеген</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>One row of the card per line: «Label = value».</source>
        <translation>Әр жолға карточканың бір жолы жазылады: «Белгі = мән».</translation>
    </message>
    <message>
        <source>A line «== Title» starts a section; each paragraph under it is one clause, numbered when printed.</source>
        <translation>«== Тақырып» жолы жаңа бөлімді бастайды; оның астындағы әр абзац — бір тармақ, басып шығарғанда нөмірленеді.</translation>
    </message>
    <message>
        <source>The text shown has unsaved changes. Show another without saving?</source>
        <translation>Көрсетілген мәтінде сақталмаған өзгерістер бар. Сақтамай басқасын көрсетесіз бе?</translation>
    </message>
    <message>
        <source>Saved. Agreements print with this text from now on.</source>
        <translation>Сақталды. Бұдан былай келісімшарттар осы мәтінмен басылады.</translation>
    </message>
    <message>
        <source>Replace the text of «{document}» ({language}) with the text the program came with? Your edits are lost.</source>
        <translation>«{document}» ({language}) мәтіні бағдарламамен бірге келген бастапқы мәтінмен алмастырылсын ба? Сіздің түзетулеріңіз жоғалады.</translation>
    </message>
    <message>
        <source>Reset to default?</source>
        <translation>Бастапқы мәтінді қайтарасыз ба?</translation>
    </message>
    <message>
        <source>The default text is back.</source>
        <translation>Бастапқы мәтін қайтарылды.</translation>
    </message>
    <message>
        <source>The document text has unsaved changes. Close without saving?</source>
        <translation>Құжат мәтінінде сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>EmploymentDefinitionDialog</name>
    <message>
        <source>Definition of «employed»</source>
        <translation>«Жұмысқа орналасқан» анықтамасы</translation>
    </message>
    <message>
        <source>How each destination counts in the employment rate 6 and 12 months after graduation. «Not employed» and «unknown» always count as not employed.</source>
        <translation>Бітіргеннен кейін 6 және 12 айдан соңғы жұмысқа орналасу үлесінде әр бағыт қалай есептеледі. «Жұмыс істемейді» мен «мәлімет жоқ» әрқашан жұмысқа орналаспаған деп есептеледі.</translation>
    </message>
    <message>
        <source>Counts as employed</source>
        <translation>Жұмысқа орналасқан деп есептеледі</translation>
    </message>
    <message>
        <source>Counts as not employed</source>
        <translation>Жұмысқа орналаспаған деп есептеледі</translation>
    </message>
    <message>
        <source>Taken out of the graduates</source>
        <translation>Түлектер санынан шығарылады</translation>
    </message>
    <message>
        <source>The &amp;state method</source>
        <translation>&amp;Мемлекеттік әдістеме</translation>
    </message>
    <message>
        <source>The definition has not been saved. Close without saving?</source>
        <translation>Анықтама сақталмады. Сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Record a job</source>
        <translation>Жұмысқа орналасуды тіркеу</translation>
    </message>
    <message>
        <source>Edit the job</source>
        <translation>Жұмысқа орналасуды өзгерту</translation>
    </message>
    <message>
        <source>e.g. underground miner, 4th grade</source>
        <translation>мысалы, жерасты кеншісі, 4-разряд</translation>
    </message>
    <message>
        <source>How the college knows: hiring order No. …, a letter from the employer…</source>
        <translation>Колледж қайдан біледі: жұмысқа қабылдау туралы № … бұйрық, жұмыс берушінің хаты…</translation>
    </message>
    <message>
        <source>In the graduate&apos;s specialty (the position matches their qualification)</source>
        <translation>Түлектің мамандығы бойынша (лауазымы біліктілігіне сәйкес)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Түлек</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Бітірген күні</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Жұмыстан кеткен күні</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Еңбек шарты</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісімшарт</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растауы</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Растау туралы ескертпе</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <source>(choose the employer)</source>
        <translation>(жұмыс берушіні таңдаңыз)</translation>
    </message>
    <message>
        <source>The job has not been saved. Close without saving?</source>
        <translation>Жұмысқа орналасу сақталмады. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>EmploymentPage</name>
    <message>
        <source>no job recorded</source>
        <translation>жұмыс тіркелмеген</translation>
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
        <source>Specialty</source>
        <translation>Мамандығы</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Бітірген күні</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>At 6 months</source>
        <translation>6 айдан соң</translation>
    </message>
    <message>
        <source>At 12 months</source>
        <translation>12 айдан соң</translation>
    </message>
    <message>
        <source>Definition of «employed»…</source>
        <translation>«Жұмысқа орналасқан» анықтамасы…</translation>
    </message>
    <message>
        <source>Which destinations count as employed 6 and 12 months after graduation (the reports print it)</source>
        <translation>Бітіргеннен кейін 6 және 12 айдан соң қай бағыттар жұмысқа орналасқан деп есептеледі (есептерде көрсетіледі)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Барлық мамандықтар</translation>
    </message>
    <message>
        <source>Only without a job</source>
        <translation>Тек жұмысы тіркелмегендер</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Аты-жөні немесе ЖСН бойынша іздеу…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Тізімді көрсетілген күйінде Excel немесе CSV файлына экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <source>Graduated in</source>
        <translation>Бітірген жылы</translation>
    </message>
    <message>
        <source>Graduates&apos; employment</source>
        <translation>Түлектердің жұмысқа орналасуы</translation>
    </message>
    <message>
        <source>Practice placements</source>
        <translation>Өндірістік практика</translation>
    </message>
    <message numerus="yes">
        <source>%n graduate(s)</source>
        <translation>
            <numerusform>%n түлек</numerusform>
            <numerusform>%n түлек</numerusform>
        </translation>
    </message>
    <message>
        <source>Employed: — (no graduate is 6 months past graduation yet)</source>
        <translation>Жұмысқа орналасқандар: — (бітіргеніне 6 ай толған түлек әлі жоқ)</translation>
    </message>
    <message>
        <source>Graduates of {year}: employed — (none 6 months past graduation yet)</source>
        <translation>{year} жылғы түлектер: жұмысқа орналасқандар — (бітіргеніне 6 ай толған ешкім әлі жоқ)</translation>
    </message>
    <message>
        <source>state method</source>
        <translation>мемлекеттік әдістеме</translation>
    </message>
    <message>
        <source>the college&apos;s definition</source>
        <translation>колледж анықтамасы</translation>
    </message>
    <message>
        <source>All graduates employed after 6 months: {count} of {total} ({rate}); after 12 months: {count_12} of {total_12} ({rate_12}) · {definition}</source>
        <translation>Барлық түлектер, 6 айдан кейін жұмысқа орналасқаны: {total} ішінен {count} ({rate}); 12 айдан кейін: {total_12} ішінен {count_12} ({rate_12}) · {definition}</translation>
    </message>
    <message>
        <source>Graduates of {year} employed after 6 months: {count} of {total} ({rate}); after 12 months: {count_12} of {total_12} ({rate_12}) · {definition}</source>
        <translation>{year} жылғы түлектер, 6 айдан кейін жұмысқа орналасқаны: {total} ішінен {count} ({rate}); 12 айдан кейін: {total_12} ішінен {count_12} ({rate_12}) · {definition}</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>түлектер</translation>
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
        <source>The program runs in portable mode and keeps its data in {folder}, which cannot be written ({reason}): the stick may be write-protected or full. Copy the program&apos;s folder to a place you can write to, or remove the file «portable» beside the program to keep the data on this PC.</source>
        <translation>Бағдарлама портативті режимде жұмыс істейді және деректерін {folder} қалтасында сақтайды, бірақ оған жазу мүмкін емес ({reason}): флешка жазудан қорғалған немесе толып қалған болуы мүмкін. Бағдарлама қалтасын жазуға болатын жерге көшіріңіз немесе деректер осы компьютерде сақталуы үшін бағдарламаның жанындағы «portable» файлын өшіріңіз.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}). Choose another folder with --data-dir.</source>
        <translation>{folder} деректер қалтасына жазу мүмкін емес ({reason}). --data-dir параметрімен басқа қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>The database {path} is a folder, not a file. Name a file, or choose another data folder.</source>
        <translation>{path} — дерекқор файлы емес, қалта. Файлды көрсетіңіз немесе басқа деректер қалтасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation>{path} дерекқор файлын оқу мүмкін емес ({reason}).</translation>
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
        <source>The database needs updating, but the safety copy made first cannot be written to {folder} ({reason}); the database was not changed. Make room there, or remove a file of that name.</source>
        <translation>Дерекқорды жаңарту керек, бірақ алдын ала жасалатын сақтық көшірмені {folder} ішіне жазу мүмкін емес ({reason}); дерекқор өзгертілмеді. Сол жерде орын босатыңыз немесе осы атаудағы файлды өшіріңіз.</translation>
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
        <source>{label} contains «{char}» ({code}), which the printed documents cannot show: use Kazakh, Russian or Latin letters.</source>
        <translation>{label} ішінде «{char}» ({code}) таңбасы бар, оны басылатын құжаттар көрсете алмайды: қазақ, орыс немесе латын әріптерін қолданыңыз.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Келісімшарттар</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
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
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
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
        <source>Name in Latin letters</source>
        <translation>Латын әріптерімен аты-жөні</translation>
    </message>
    <message>
        <source>{label} takes Latin letters only (A–Z), as in the passport; leave it empty to spell the name from the Cyrillic.</source>
        <translation>{label} өрісіне паспорттағыдай тек латын әріптері (A–Z) жазылады; аты-жөнін кириллицадан құрастыру үшін бос қалдырыңыз.</translation>
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
        <source>This record was anonymised on {day}: it holds no one&apos;s identity to edit. Nothing was saved.</source>
        <translation>Бұл жазба {day} күні анонимделген: онда түзететін ешкімнің жеке басы жоқ. Ештеңе сақталған жоқ.</translation>
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
        <source>Purposes</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <source>Term of the consent</source>
        <translation>Келісім мерзімі</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Years after the end of studies</source>
        <translation>Оқу аяқталғаннан кейінгі жылдар</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Бланк нөмірі</translation>
    </message>
    <message>
        <source>Withdrawal date</source>
        <translation>Кері қайтарып алу күні</translation>
    </message>
    <message>
        <source>The consent date ({value}) is before the learner was born ({birth}).</source>
        <translation>Келісім күні ({value}) білім алушының туған күнінен ({birth}) бұрын.</translation>
    </message>
    <message>
        <source>Choose at least one purpose the consent allows.</source>
        <translation>Келісім рұқсат ететін кемінде бір мақсатты таңдаңыз.</translation>
    </message>
    <message>
        <source>The consent cannot end ({until}) before it was given ({given}).</source>
        <translation>Келісім берілген күнінен ({given}) бұрын аяқтала алмайды ({until}).</translation>
    </message>
    <message>
        <source>The learner was under 18 on {given}, so the consent must come from the legal representative.</source>
        <translation>{given} күні білім алушы әлі 18 жасқа толмаған, сондықтан келісімді заңды өкілі беруі керек.</translation>
    </message>
    <message>
        <source>This record is anonymised: consents can no longer be recorded or withdrawn.</source>
        <translation>Бұл жазба иесіздендірілген: келісімдерді енді тіркеуге де, кері қайтарып алуға да болмайды.</translation>
    </message>
    <message>
        <source>The consent no longer exists (perhaps someone deleted it).</source>
        <translation>Бұл келісім енді жоқ (мүмкін, оны біреу жойған шығар).</translation>
    </message>
    <message>
        <source>Choose at least one purpose to withdraw.</source>
        <translation>Кері қайтарып алынатын кемінде бір мақсатты таңдаңыз.</translation>
    </message>
    <message>
        <source>The withdrawal date ({value}) is before the consent was given ({given}).</source>
        <translation>Кері қайтарып алу күні ({value}) келісім берілген күннен ({given}) бұрын.</translation>
    </message>
    <message>
        <source>The consent of {given} does not include «{purpose}».</source>
        <translation>{given} күнгі келісімде «{purpose}» мақсаты жоқ.</translation>
    </message>
    <message>
        <source>«{purpose}» was already withdrawn on {day}.</source>
        <translation>«{purpose}» мақсаты {day} күні кері қайтарылып алынған.</translation>
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
        <source>Application date</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Admission order number</source>
        <translation>Қабылдау бұйрығының нөмірі</translation>
    </message>
    <message>
        <source>Admission order date</source>
        <translation>Қабылдау бұйрығының күні</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>The application no longer exists (perhaps someone deleted it).</source>
        <translation>Өтініш енді жоқ (мүмкін, біреу өшірген шығар).</translation>
    </message>
    <message>
        <source>No one with the IIN {iin} is in the register: enter the applicant&apos;s surname and given name to add them.</source>
        <translation>Тізілімде ЖСН {iin} бар адам жоқ: талапкерді қосу үшін оның тегі мен атын енгізіңіз.</translation>
    </message>
    <message>
        <source>{label}: there is no intake plan for «{specialty}» in {year}. Set the plan first.</source>
        <translation>{label}: {year} жылға «{specialty}» бойынша қабылдау жоспары жоқ. Алдымен жоспарды белгілеңіз.</translation>
    </message>
    <message>
        <source>The {year} plan of «{specialty}» has no seats of the kind «{seat_kind}».</source>
        <translation>«{specialty}» бойынша {year} жылғы жоспарда «{seat_kind}» түріндегі орын жоқ.</translation>
    </message>
    <message>
        <source>All {seats} seats of the kind «{seat_kind}» in «{specialty}» for {year} are taken: raise the plan or choose another kind.</source>
        <translation>«{specialty}» бойынша {year} жылғы «{seat_kind}» түріндегі барлық {seats} орын толды: жоспарды ұлғайтыңыз немесе басқа түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} has already applied to «{specialty}» for {year}.</source>
        <translation>{name} {year} жылға «{specialty}» мамандығына өтініш беріп қойған.</translation>
    </message>
    <message>
        <source>The application is «{status}»: it cannot be {action}.</source>
        <translation>Өтініштің күйі — «{status}»: оны {action} болмайды.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>өтініш берді</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>оқуға кірді</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертуге</translation>
    </message>
    <message>
        <source>admitted by an order</source>
        <translation>бұйрықпен қабылдауға</translation>
    </message>
    <message>
        <source>declined any more</source>
        <translation>қайта бас тартуға</translation>
    </message>
    <message>
        <source>enrolled (admit it first, by an order)</source>
        <translation>оқуға енгізуге (алдымен бұйрықпен қабылдаңыз)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>өшіруге</translation>
    </message>
    <message>
        <source>Consent form number</source>
        <translation>Келісім бланкісінің нөмірі</translation>
    </message>
    <message>
        <source>Purposes of the consent</source>
        <translation>Келісім мақсаттары</translation>
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
        <source>Director&apos;s name in Kazakh</source>
        <translation>Директордың аты-жөні қазақша</translation>
    </message>
    <message>
        <source>Director&apos;s name in Russian</source>
        <translation>Директордың аты-жөні орысша</translation>
    </message>
    <message>
        <source>Director&apos;s name in English</source>
        <translation>Директордың аты-жөні ағылшынша</translation>
    </message>
    <message>
        <source>City in Kazakh</source>
        <translation>Қала қазақша</translation>
    </message>
    <message>
        <source>City in Russian</source>
        <translation>Қала орысша</translation>
    </message>
    <message>
        <source>City in English</source>
        <translation>Қала ағылшынша</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Мекенжай қазақша</translation>
    </message>
    <message>
        <source>Address in Russian</source>
        <translation>Мекенжай орысша</translation>
    </message>
    <message>
        <source>Address in English</source>
        <translation>Мекенжай ағылшынша</translation>
    </message>
    <message>
        <source>Bank in Kazakh</source>
        <translation>Банк қазақша</translation>
    </message>
    <message>
        <source>Bank in Russian</source>
        <translation>Банк орысша</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ЖСК (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Қол қоюшының лауазымы қазақша</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Қол қоюшының лауазымы орысша</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Қол қоюшының аты-жөні</translation>
    </message>
    <message>
        <source>Country: give its two-letter code (ISO 3166), such as KZ for Kazakhstan or RU for Russia, not «{value}».</source>
        <translation>Ел: «{value}» емес, оның екі әріпті кодын (ISO 3166) жазыңыз, мысалы Қазақстан үшін KZ, Ресей үшін RU.</translation>
    </message>
    <message>
        <source>An organisation with this BIN is already registered: {name}.</source>
        <translation>Осы БСН-мен ұйым тіркеліп қойған: {name}.</translation>
    </message>
    <message>
        <source>The organisation no longer exists (perhaps someone deleted it).</source>
        <translation>Бұл ұйым енді жоқ (оны біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it is a party to {count} agreement(s). Delete or reassign those agreements first.</source>
        <translation>{name} ұйымын жою мүмкін емес: ол {count} келісімшарттың тарапы. Алдымен ол келісімшарттарды жойыңыз немесе басқа серіктеске ауыстырыңыз.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it funds {count} applications for admission (employer-funded seats).</source>
        <translation>{name} өшірілмейді: оған жұмыс беруші есебінен орындарға берілген қабылдау өтініштері ({count}) байланған.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: learners&apos; stages or programmes refer to it ({count} record(s)).</source>
        <translation>{name} ұйымын жою мүмкін емес: оған білім алушылардың кезеңдері немесе бағдарламалар сілтеме жасайды ({count} жазба).</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
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
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <source>The employer&apos;s request no longer exists (perhaps someone deleted it).</source>
        <translation>Жұмыс берушінің өтінімі енді жоқ (біреу жойған болуы мүмкін).</translation>
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
        <source>Date signed</source>
        <translation>Қол қойылған күні</translation>
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
        <source>Subject in Kazakh</source>
        <translation>Мәні қазақша</translation>
    </message>
    <message>
        <source>Subject in Russian</source>
        <translation>Мәні орысша</translation>
    </message>
    <message>
        <source>Workplace in Kazakh</source>
        <translation>Жұмыс орны қазақша</translation>
    </message>
    <message>
        <source>Workplace in Russian</source>
        <translation>Жұмыс орны орысша</translation>
    </message>
    <message>
        <source>Extra obligations in Kazakh</source>
        <translation>Қосымша міндеттемелер қазақша</translation>
    </message>
    <message>
        <source>Extra obligations in Russian</source>
        <translation>Қосымша міндеттемелер орысша</translation>
    </message>
    <message>
        <source>A received document needs its name in Kazakh, in Russian or in both.</source>
        <translation>Алынған құжаттың атауы қазақша, орысша немесе екі тілде де керек.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Pay or stipend</source>
        <translation>Жалақы немесе стипендия</translation>
    </message>
    <message>
        <source>Hours on the job</source>
        <translation>Өндірістегі сағат саны</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <source>Termination date</source>
        <translation>Бұзылған күні</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>Бұзу себебі</translation>
    </message>
    <message>
        <source>Learner&apos;s start date</source>
        <translation>Білім алушының басталу күні</translation>
    </message>
    <message>
        <source>Learner&apos;s end date</source>
        <translation>Білім алушының аяқталу күні</translation>
    </message>
    <message>
        <source>Agreement No. {number} of {year} already exists.</source>
        <translation>{year} жылғы № {number} келісімшарт бұрыннан бар.</translation>
    </message>
    <message>
        <source>The agreement no longer exists (perhaps someone deleted it).</source>
        <translation>Бұл келісімшарт енді жоқ (оны біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>Choose the partner organisation.</source>
        <translation>Серіктес ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>{partner} is registered as «{partner_kind}»: this kind of agreement is made with {allowed}.</source>
        <translation>{partner} «{partner_kind}» ретінде тіркелген: мұндай келісімшарт {allowed} жасалады.</translation>
    </message>
    <message>
        <source>A tripartite dual-education agreement needs at least one learner (or save it as a draft).</source>
        <translation>Дуалды оқыту туралы үшжақты шартқа кемінде бір білім алушы тіркелуі керек (немесе оны жоба ретінде сақтаңыз).</translation>
    </message>
    <message>
        <source>This kind of agreement has no learners attached.</source>
        <translation>Мұндай келісімшартқа білім алушылар тіркелмейді.</translation>
    </message>
    <message>
        <source>{name} is attached to this agreement twice.</source>
        <translation>{name} осы келісімшартқа екі рет тіркелген.</translation>
    </message>
    <message>
        <source>A learner attached to the agreement no longer exists (perhaps someone deleted them).</source>
        <translation>Келісімшартқа тіркелген білім алушылардың бірі енді жоқ (оны біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>The period of {name} ({start} – {end}) lies outside the agreement&apos;s ({agreement_start} – {agreement_end}).</source>
        <translation>{name}: мерзімі ({start} – {end}) келісімшарт мерзімінен ({agreement_start} – {agreement_end}) шығып тұр.</translation>
    </message>
    <message>
        <source>The period of {name} ends ({end}) before it starts ({start}).</source>
        <translation>{name}: мерзімнің аяқталу күні ({end}) басталу күнінен ({start}) бұрын.</translation>
    </message>
    <message>
        <source>The agreement was already terminated on {date}.</source>
        <translation>Келісімшарт {date} күні бұзылып қойған.</translation>
    </message>
    <message>
        <source>A draft is not in force: delete it instead of terminating it.</source>
        <translation>Жоба күшіне енбеген: оны бұзудың орнына жойыңыз.</translation>
    </message>
    <message>
        <source>The agreement already ended on {ends}, before the termination date ({date}).</source>
        <translation>Келісімшарттың мерзімі бұзу күнінен ({date}) бұрын, {ends} күні аяқталып қойған.</translation>
    </message>
    <message>
        <source>The termination date ({date}) is before the agreement was signed ({signed}).</source>
        <translation>Бұзу күні ({date}) келісімшартқа қол қойылған күннен ({signed}) бұрын.</translation>
    </message>
    <message>
        <source>Memorandum of cooperation</source>
        <translation>Ынтымақтастық туралы меморандум</translation>
    </message>
    <message>
        <source>Dual-education agreement (tripartite)</source>
        <translation>Дуалды оқыту туралы үшжақты шарт</translation>
    </message>
    <message>
        <source>Practice placement agreement</source>
        <translation>Практикадан өту туралы шарт</translation>
    </message>
    <message>
        <source>Target training agreement</source>
        <translation>Мақсатты даярлау туралы шарт</translation>
    </message>
    <message>
        <source>Academic partnership</source>
        <translation>Академиялық серіктестік</translation>
    </message>
    <message>
        <source>Document received from a partner</source>
        <translation>Серіктестен алынған құжат</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Мерзімі жақында бітеді</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Бұзылған</translation>
    </message>
    <message>
        <source>an employer or a training centre</source>
        <translation>жұмыс берушімен немесе оқу орталығымен</translation>
    </message>
    <message>
        <source>a university, a college or a training centre</source>
        <translation>университетпен, колледжпен немесе оқу орталығымен</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>жұмыс беруші</translation>
    </message>
    <message>
        <source>university</source>
        <translation>университет</translation>
    </message>
    <message>
        <source>school</source>
        <translation>мектеп</translation>
    </message>
    <message>
        <source>kindergarten</source>
        <translation>балабақша</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>мемлекеттік орган</translation>
    </message>
    <message>
        <source>certification body</source>
        <translation>сертификаттау органы</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>оқу орталығы</translation>
    </message>
    <message>
        <source>college</source>
        <translation>колледж</translation>
    </message>
    <message>
        <source>Qualification name in Kazakh</source>
        <translation>Біліктілік атауы қазақша</translation>
    </message>
    <message>
        <source>Qualification name in Russian</source>
        <translation>Біліктілік атауы орысша</translation>
    </message>
    <message>
        <source>Qualification name in English</source>
        <translation>Біліктілік атауы ағылшынша</translation>
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
        <source>«{name}» has {count} applications for admission; it cannot be deleted while they are kept.</source>
        <translation>«{name}» бойынша қабылдауға өтініштер бар ({count}); олар сақталып тұрғанда оны өшіруге болмайды.</translation>
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
    <message>
        <source>The file {path} is not a Cluster Desktop backup.</source>
        <translation>{path} файлы Cluster Desktop сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: its header cannot be read. The file was altered or not written to the end.</source>
        <translation>{path} сақтық көшірмесі бүлінген: оның тақырып бөлігін оқу мүмкін емес. Файл өзгертілген немесе соңына дейін жазылмаған.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Cluster Desktop (archive format {found}). Install the newer version of the program.</source>
        <translation>{path} сақтық көшірмесі Cluster Desktop-тың жаңарақ нұсқасында жасалған (мұрағат пішімі {found}). Бағдарламаның жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for the backup {path} (or the salt in its header was altered). Nothing was changed.</source>
        <translation>{path} сақтық көшірмесінің құпия фразасы қате (немесе оның тақырып бөлігіндегі «тұз» мәні өзгертілген). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The header of the backup {path} has been altered: its details do not match its signature. Do not trust this file.</source>
        <translation>{path} сақтық көшірмесінің тақырып бөлігі өзгертілген: ондағы мәліметтер қолтаңбаға сәйкес келмейді. Бұл файлға сенбеңіз.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged or altered at {offset} bytes into its content. Do not trust this file.</source>
        <translation>{path} сақтық көшірмесі мазмұнының басынан {offset} байт қашықтықта бүлінген немесе өзгертілген. Бұл файлға сенбеңіз.</translation>
    </message>
    <message>
        <source>The backup {path} is incomplete: it ends too early (the stick was pulled out or the copy stopped). Do not trust this file.</source>
        <translation>{path} сақтық көшірмесі толық емес: ол тым ерте аяқталады (флешка суырылып алынған немесе көшіру тоқтап қалған). Бұл файлға сенбеңіз.</translation>
    </message>
    <message>
        <source>The content of the backup {path} does not match the checksum in its header.</source>
        <translation>{path} сақтық көшірмесінің мазмұны оның тақырып бөлігіндегі бақылау сомасына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The backup {path} holds an unexpected item «{entry}»; it was not made by Cluster Desktop.</source>
        <translation>{path} сақтық көшірмесінде күтпеген «{entry}» элементі бар; оны Cluster Desktop жасамаған.</translation>
    </message>
    <message>
        <source>The backup {path} holds no database.</source>
        <translation>{path} сақтық көшірмесінде дерекқор жоқ.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or is not a folder. Plug the stick in again or choose another folder.</source>
        <translation>{folder} қалтасы жоқ немесе ол қалта емес. Флешканы қайта қосыңыз немесе басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({reason}). Earlier backups there are untouched; choose another folder or drive.</source>
        <translation>{folder} қалтасына жазу мүмкін емес ({reason}). Ондағы бұрынғы сақтық көшірмелер өзгеріссіз қалды; басқа қалтаны немесе дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>The drive {folder} is full: the backup needs about {needed} MB. The unfinished file was removed; earlier backups are untouched.</source>
        <translation>{folder} дискісінде бос орын жоқ: сақтық көшірмеге шамамен {needed} МБ қажет. Аяқталмаған файл жойылды; бұрынғы сақтық көшірмелер өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>The backup is larger than the drive {folder} allows for one file (FAT32: 4 GB). Format the stick as exFAT or NTFS, or choose another drive. Earlier backups are untouched.</source>
        <translation>Сақтық көшірме {folder} дискісінде бір файлға рұқсат етілген көлемнен үлкен (FAT32: 4 ГБ). Флешканы exFAT немесе NTFS жүйесінде пішімдеңіз немесе басқа дискіні таңдаңыз. Бұрынғы сақтық көшірмелер өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>Writing the backup to {folder} failed ({reason}); the stick may have been pulled out. Earlier backups are untouched.</source>
        <translation>Сақтық көшірмені {folder} қалтасына жазу сәтсіз аяқталды ({reason}); флешка суырылып алынған болуы мүмкін. Бұрынғы сақтық көшірмелер өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({details}); no backup was made. Run «check» and ask for help.</source>
        <translation>Дерекқор тұтастық тексеруінен өтпеді ({details}); сақтық көшірме жасалмады. «check» командасын орындап, көмек сұраңыз.</translation>
    </message>
    <message>
        <source>The backup {path} was written and checked, but the database could not record it (another program or PC kept it busy, or the connection was lost). The backup itself is good; until a backup is recorded, the reminder may still ask for one.</source>
        <translation>{path} сақтық көшірмесі жазылып, тексерілді, бірақ дерекқор оны тіркей алмады (басқа бағдарлама немесе компьютер оны бос қоймады, не байланыс үзілді). Көшірменің өзі жарамды; көшірме тіркелгенше еске салғыш оны әлі де сұрауы мүмкін.</translation>
    </message>
    <message>
        <source>The backup written to {folder} did not read back correctly ({details}); it was removed. Earlier backups are untouched. Try another stick.</source>
        <translation>{folder} қалтасына жазылған сақтық көшірме қайта оқығанда дұрыс шықпады ({details}); ол жойылды. Бұрынғы сақтық көшірмелер өзгеріссіз қалды. Басқа флешканы қолданып көріңіз.</translation>
    </message>
    <message>
        <source>The name «{name}» cannot be used for a file on a USB stick or on Windows ({reason}).</source>
        <translation>«{name}» атауын USB флешкадағы немесе Windows жүйесіндегі файлға беруге болмайды ({reason}).</translation>
    </message>
    <message>
        <source>it contains one of &lt; &gt; : &quot; / \ | ? * or a control character</source>
        <translation>онда &lt; &gt; : &quot; / \ | ? * таңбаларының бірі немесе басқару таңбасы бар</translation>
    </message>
    <message>
        <source>Windows reserves the name {reserved}</source>
        <translation>{reserved} атауы Windows жүйесінде резервтелген</translation>
    </message>
    <message>
        <source>it ends with a dot or a space</source>
        <translation>ол нүктемен немесе бос орынмен аяқталады</translation>
    </message>
    <message>
        <source>it is longer than 255 characters</source>
        <translation>ол 255 таңбадан ұзын</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Cluster Desktop (schema {found}; this program knows up to {head}). Install the newer version to restore it. Nothing was changed.</source>
        <translation>{path} сақтық көшірмесі Cluster Desktop-тың жаңарақ нұсқасында жасалған (схема {found}; бұл нұсқа тек {head} схемасына дейін таниды). Оны қалпына келтіру үшін жаңа нұсқаны орнатыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database is in use by another Cluster Desktop window or program. Close it and restore again. Nothing was changed.</source>
        <translation>Дерекқорды Cluster Desktop-тың басқа терезесі немесе басқа бағдарлама пайдаланып жатыр. Оны жауып, қалпына келтіруді қайталаңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database is at schema {found}, not at this program&apos;s {head}; open it once with this program before backing it up.</source>
        <translation>Дерекқор схемасы — {found}, ал бұл бағдарламаның схемасы — {head}; сақтық көшірме жасамас бұрын дерекқорды осы бағдарламамен бір рет ашыңыз.</translation>
    </message>
    <message>
        <source>The snapshot could not be written to {path} ({reason}). The database is unchanged.</source>
        <translation>Дерекқордың лездік көшірмесін {path} файлына жазу мүмкін болмады ({reason}). Дерекқор өзгермеді.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>{path} файлын оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>The content of the backup {path} is not what Cluster Desktop writes ({reason}).</source>
        <translation>{path} сақтық көшірмесінің мазмұны Cluster Desktop жазатын пішімге сәйкес емес ({reason}).</translation>
    </message>
    <message>
        <source>The database inside the backup {path} failed its integrity check ({details}).</source>
        <translation>{path} сақтық көшірмесіндегі дерекқор тұтастық тексеруінен өтпеді ({details}).</translation>
    </message>
    <message>
        <source>The database inside the backup {path} does not hold the records its header lists ({table}: {found} instead of {expected}).</source>
        <translation>{path} сақтық көшірмесіндегі дерекқорда оның тақырып бөлігінде көрсетілген жазбалар жоқ ({table}: {expected} орнына {found}).</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Құпия фраза кемінде {minimum} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Екі құпия фраза бір-біріне сәйкес келмейді. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>The passphrase file {path} cannot be read ({reason}).</source>
        <translation>{path} құпия фраза файлын оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>Restoring replaces all current data; add --yes to confirm when not asked on a terminal.</source>
        <translation>Қалпына келтіру қазіргі барлық деректерді алмастырады; терминалда сұрақ қойылмайтын жағдайда растау үшін --yes параметрін қосыңыз.</translation>
    </message>
    <message>
        <source>Cannot read «{path}»: {reason}</source>
        <translation>«{path}» файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Бұл файл PDF құжаты емес.</translation>
    </message>
    <message>
        <source>The PDF is not a certificate printed by this program.</source>
        <translation>Бұл PDF осы бағдарламада басып шығарылған сертификат емес.</translation>
    </message>
    <message>
        <source>The college&apos;s logo cannot be read as a PNG or JPEG image; choose it again in Settings → College details.</source>
        <translation>Колледж логотипін PNG немесе JPEG суреті ретінде оқу мүмкін емес; оны Баптаулар → Колледж деректемелері бөлімінде қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write certificates to the folder {folder} ({reason}). Choose another folder.</source>
        <translation>Сертификаттарды {folder} қалтасына жазу мүмкін емес ({reason}). Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a file named {name}; choose an empty folder.</source>
        <translation>{folder} қалтасында {name} атты файл бұрыннан бар; бос қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write «{path}»: {reason}</source>
        <translation>«{path}» файлын жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .xlsx, .csv or .pdf.</source>
        <translation>«{name}» файлын жазу мүмкін емес: атауы .xlsx, .csv немесе .pdf деп аяқталатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>This enrolment no longer exists; someone may have deleted it meanwhile.</source>
        <translation>Бұл оқуға қабылдау жазбасы енді жоқ; оны осы аралықта біреу жойған болуы мүмкін.</translation>
    </message>
    <message>
        <source>This certificate is no longer in the registry.</source>
        <translation>Бұл сертификат тізілімде енді жоқ.</translation>
    </message>
    <message>
        <source>A certificate is printed in Kazakh (kk), Russian (ru) or English (en), not «{language}».</source>
        <translation>Сертификат «{language}» тілінде емес, қазақ (kk), орыс (ru) немесе ағылшын (en) тілінде басылады.</translation>
    </message>
    <message>
        <source>{name} has not completed «{programme}» (group {group}); a certificate is issued only for a completed programme.</source>
        <translation>{name} «{programme}» бағдарламасын ({group} тобы) аяқтамаған; сертификат тек аяқталған бағдарлама үшін беріледі.</translation>
    </message>
    <message>
        <source>{name} already has certificate {number} for «{programme}». If the paper is lost, print a duplicate from the registry.</source>
        <translation>{name} үшін «{programme}» бағдарламасы бойынша {number} сертификаты бұрыннан берілген. Қағаз нұсқасы жоғалса, тізілімнен телнұсқа басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The programme «{programme}» has no English name; add one to the programme before printing an English certificate.</source>
        <translation>«{programme}» бағдарламасының ағылшынша атауы жоқ; ағылшын тіліндегі сертификатты басып шығармас бұрын бағдарламаға ағылшынша атау қосыңыз.</translation>
    </message>
    <message>
        <source>The programme «{programme}» has its qualification only in another language, not in {language}; add it to the programme before printing a certificate in {language}.</source>
        <translation>«{programme}» бағдарламасының біліктілігі тек басқа тілде жазылған, «{language}» тілінде жоқ; осы тілде куәлік басып шығару үшін оны бағдарламаға қосыңыз.</translation>
    </message>
    <message>
        <source>A duplicate in {language} needs the programme and the learner, and one of them has been deleted: print the duplicate in the original&apos;s language.</source>
        <translation>«{language}» тіліндегі телнұсқаға бағдарлама мен білім алушы керек, ал олардың бірі жойылған: телнұсқаны түпнұсқаның тілінде басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Certificate {number} was revoked on {date} ({reason}); a revoked certificate cannot be reprinted.</source>
        <translation>{number} сертификаты {date} күні кері қайтарып алынған ({reason}); кері қайтарып алынған сертификатты қайта басып шығаруға болмайды.</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked (on {date}).</source>
        <translation>{number} сертификаты бұрын кері қайтарып алынған ({date}).</translation>
    </message>
    <message>
        <source>«{text}» is not a certificate number; a number looks like KP-2026-000042.</source>
        <translation>«{text}» — сертификат нөмірі емес; нөмір KP-2026-000042 түрінде болады.</translation>
    </message>
    <message>
        <source>There is no certificate {number} in the registry.</source>
        <translation>Тізілімде {number} сертификаты жоқ.</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Date the programme was completed</source>
        <translation>Бағдарламаны аяқтаған күні</translation>
    </message>
    <message>
        <source>Date of revoking</source>
        <translation>Кері қайтарып алу күні</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Кері қайтарып алу себебі</translation>
    </message>
    <message>
        <source>Full name (surname, given name, patronymic)</source>
        <translation>Аты-жөні (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>Class (grade)</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>«{value}» is not a sex: write M or F (ер or әйел, М or Ж).</source>
        <translation>«{value}» жынысты білдірмейді: «ер» немесе «әйел» деп жазыңыз (М немесе Ж, M немесе F).</translation>
    </message>
    <message>
        <source>«{value}» does not say who gave consent: write «self» or «representative».</source>
        <translation>«{value}» келісімді кім бергенін білдірмейді: «өзі» немесе «заңды өкіл» деп жазыңыз.</translation>
    </message>
    <message>
        <source>«{value}» is not a purpose of consent: write education, journey, partners, abroad or publicity, separated by commas.</source>
        <translation>«{value}» — келісім мақсаты емес: үтір арқылы жазыңыз: білім беру, кластер бойынша жол, серіктестерге беру, шетелге беру немесе фото және жариялау.</translation>
    </message>
    <message>
        <source>«{value}» is not a term of consent: write the last day (dd.mm.yyyy) or «5 years after studies».</source>
        <translation>«{value}» — келісім мерзімі емес: соңғы күнін (кк.аа.жжжж) немесе «оқудан кейін 5 жыл» деп жазыңыз.</translation>
    </message>
    <message>
        <source>The class must be a number from 0 to 12, not {value}.</source>
        <translation>Сынып 0-ден 12-ге дейінгі сан болуы керек, {value} емес.</translation>
    </message>
    <message>
        <source>The same IIN is also in row {rows} of the file.</source>
        <translation>Дәл осы ЖСН файлдың мына жолында да бар: {rows}.</translation>
    </message>
    <message>
        <source>There is no group «{name}»: create it first, or choose to create the groups named in the file.</source>
        <translation>«{name}» тобы жоқ: алдымен оны құрыңыз немесе файлда аталған топтарды құру параметрін таңдаңыз.</translation>
    </message>
    <message>
        <source>No column of the file is matched to the IIN: match the columns first.</source>
        <translation>Файлдың ешбір бағаны ЖСН-ге сәйкестендірілмеген: алдымен бағандарды сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>{label} is missing from the college&apos;s details (Settings → College details).</source>
        <translation>Колледж деректемелерінде «{label}» көрсетілмеген (Баптаулар → Колледж деректемелері).</translation>
    </message>
    <message>
        <source>The logo is too large: {size} KB, at most {limit} KB.</source>
        <translation>Логотип тым үлкен: {size} КБ, ең көбі {limit} КБ болуы мүмкін.</translation>
    </message>
    <message>
        <source>College name in Kazakh</source>
        <translation>Колледждің қазақша атауы</translation>
    </message>
    <message>
        <source>College name in Russian</source>
        <translation>Колледждің орысша атауы</translation>
    </message>
    <message>
        <source>College name in English</source>
        <translation>Колледждің ағылшынша атауы</translation>
    </message>
    <message>
        <source>The certificate signing key {path} cannot be read ({reason}). Restore the keys folder from a backup, or move the damaged file away to create a new key.</source>
        <translation>Сертификаттарға қол қою кілтін ({path}) оқу мүмкін емес ({reason}). Кілттер қалтасын сақтық көшірмеден қалпына келтіріңіз немесе жаңа кілт жасалуы үшін бүлінген файлды басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>Cannot save the certificate signing key in {folder} ({reason}).</source>
        <translation>Сертификаттарға қол қою кілтін {folder} қалтасына сақтау мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>«{value}» is not a date: write it as dd.mm.yyyy.</source>
        <translation>«{value}» — күн емес: оны кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>«{value}» is not a whole number.</source>
        <translation>«{value}» — бүтін сан емес.</translation>
    </message>
    <message>
        <source>«{value}» was stored by Excel as a rounded number, so digits are lost: format the column as Text and type the IIN again.</source>
        <translation>Excel «{value}» мәнін дөңгелектелген сан ретінде сақтаған, сондықтан цифрлардың бір бөлігі жоғалған: бағанның пішімін «Мәтін» етіп өзгертіп, ЖСН-ді қайта теріңіз.</translation>
    </message>
    <message>
        <source>Cannot open «{name}»: {reason}</source>
        <translation>«{name}» файлын ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>«{name}» is empty: there is no table in it.</source>
        <translation>«{name}» файлы бос: онда кесте жоқ.</translation>
    </message>
    <message>
        <source>«{name}» has a header row but no rows of data under it.</source>
        <translation>«{name}» файлында тақырып жолы бар, бірақ оның астында деректер жолы жоқ.</translation>
    </message>
    <message>
        <source>«{name}» is in the old Excel 97–2003 format: open it in Excel and save it as .xlsx (Excel workbook).</source>
        <translation>«{name}» файлы ескі Excel 97–2003 пішімінде: оны Excel-де ашып, .xlsx (Excel кітабы) ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>«{name}» is not an Excel workbook (.xlsx), though its name says so: it is damaged or of another kind.</source>
        <translation>«{name}» атауы бойынша Excel кітабы (.xlsx) болғанымен, ол Excel кітабы емес: файл бүлінген немесе басқа түрдегі файл.</translation>
    </message>
    <message>
        <source>«{name}» is not a spreadsheet: save the list from Excel as .xlsx or as CSV.</source>
        <translation>«{name}» — электрондық кесте емес: тізімді Excel-ден .xlsx немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>«{name}» has no sheet «{sheet}»; its sheets are: {sheets}.</source>
        <translation>«{name}» файлында «{sheet}» парағы жоқ; ондағы парақтар: {sheets}.</translation>
    </message>
    <message>
        <source>«{name}» cannot be read as {encoding} text (at byte {position}): choose another encoding.</source>
        <translation>«{name}» файлын {encoding} мәтіні ретінде оқу мүмкін емес ({position}-байтта): басқа кодтауды таңдаңыз.</translation>
    </message>
    <message>
        <source>«{name}», row {row}: {reason}</source>
        <translation>«{name}», {row}-жол: {reason}</translation>
    </message>
    <message>
        <source>«{name}», row {row}: a cell holds more than {limit} characters; is this really a list of learners?</source>
        <translation>«{name}», {row}-жол: ұяшықта {limit} таңбадан көп мәтін бар; бұл шынымен білім алушылар тізімі ме?</translation>
    </message>
    <message>
        <source>«{name}», row {row}: more than {limit} columns.</source>
        <translation>«{name}», {row}-жол: бағандар тым көп (ең көбі {limit}).</translation>
    </message>
    <message>
        <source>«{name}» has more than {limit} rows: this is not a list of learners; split it or remove the empty rows at its end.</source>
        <translation>«{name}» файлында {limit} жолдан көп: бұл білім алушылар тізімі емес; оны бөліңіз немесе соңындағы бос жолдарды өшіріңіз.</translation>
    </message>
    <message>
        <source>«{name}» unpacks to more than {limit} MB: it is too large to be a list of learners, or it is a damaged or hostile file.</source>
        <translation>«{name}» ашылғанда {limit} МБ-тан асады: бұл білім алушылар тізімі үшін тым үлкен, не файл бүлінген немесе зиянды.</translation>
    </message>
    <message>
        <source>«{name}» is packed in a way no spreadsheet program packs it (a «zip bomb»): it was not opened.</source>
        <translation>«{name}» ешбір кесте бағдарламасы жасамайтындай етіп қысылған («zip-бомба»): ол ашылмады.</translation>
    </message>
    <message>
        <source>«{name}» is larger than {limit} MB: it is too large to be a list of learners.</source>
        <translation>«{name}» {limit} МБ-тан үлкен: бұл білім алушылар тізімі үшін тым үлкен.</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .xlsx or .csv.</source>
        <translation>«{name}» файлын жазу мүмкін емес: атауы .xlsx немесе .csv деп аяқталатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Audit entry {id} was changed after it was written: its hash does not match its contents.</source>
        <translation>Аудит журналының {id}-жазбасы жазылғаннан кейін өзгертілген: оның хэші мазмұнына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Audit entry {id} does not follow entry {previous}: entries were removed, inserted or changed.</source>
        <translation>Аудит журналының {id}-жазбасы {previous}-жазбаның жалғасы емес: жазбалар жойылған, кірістірілген немесе өзгертілген.</translation>
    </message>
    <message>
        <source>The audit log ends at entry {found}, but entry {expected} was the last one written: entries were removed.</source>
        <translation>Аудит журналы {found}-жазбамен аяқталады, бірақ ең соңғы жазылғаны — {expected}-жазба: жазбалар жойылған.</translation>
    </message>
    <message>
        <source>The audit log ends at entry {found}, but this computer saw entry {expected} written: entries were removed at the end.</source>
        <translation>Аудит журналы {found}-жазбамен аяқталады, бірақ бұл компьютер {expected}-жазбаның жазылғанын көрген: соңғы жазбалар жойылған.</translation>
    </message>
    <message>
        <source>Audit entry {id} is not the one this computer saw written: the audit log was rewritten.</source>
        <translation>Аудит журналының {id}-жазбасы бұл компьютер көрген жазба емес: аудит журналы қайта жазылған.</translation>
    </message>
    <message>
        <source>Audit entry {id} is not sealed with the audit key although earlier entries are: it was changed or inserted.</source>
        <translation>Аудит журналының {id}-жазбасы аудит кілтімен мөрленбеген, ал алдыңғы жазбалар мөрленген: ол өзгертілген немесе кейін қосылған.</translation>
    </message>
    <message>
        <source>Audit entry {id} is sealed with a key this computer does not have: it was changed or inserted.</source>
        <translation>Аудит журналының {id}-жазбасы бұл компьютерде жоқ кілтпен мөрленген: ол өзгертілген немесе кейін қосылған.</translation>
    </message>
    <message>
        <source>The audit entry after entry {previous} cannot be read: it holds values the program never writes, so it was changed.</source>
        <translation>Аудит журналының {previous}-жазбасынан кейінгі жазбаны оқу мүмкін емес: онда бағдарлама ешқашан жазбайтын мәндер бар, демек ол өзгертілген.</translation>
    </message>
    <message>
        <source>Audit entry {id} does not match its contents, and the audit log key is missing from the keys folder: either the entry was changed or the key was lost. Restore the keys folder from a backup.</source>
        <translation>Аудит журналының {id}-жазбасы өз мазмұнына сәйкес келмейді, ал аудит журналының кілті кілттер қалтасында жоқ: не жазба өзгертілген, не кілт жоғалған. Кілттер қалтасын сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>This is not the passphrase of the earlier backups. Type it again, or choose to use a new passphrase (typed twice). Nothing was written.</source>
        <translation>Бұл бұрынғы сақтық көшірмелердің құпия фразасы емес. Оны қайта енгізіңіз немесе жаңа құпия фразаны қолдануды таңдаңыз (оны екі рет енгізу керек). Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>No terminal to ask the new password on: give it with --password-file FILE.</source>
        <translation>Жаңа құпиясөзді сұрайтын терминал жоқ: оны --password-file ФАЙЛ параметрімен беріңіз.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Екі құпиясөз бір-біріне сәйкес келмейді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}. Ask an administrator.</source>
        <translation>{user} ({role}) үшін мына әрекетке рұқсат жоқ: {action}. Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>Nobody is logged in: log in to {action}.</source>
        <translation>Ешкім жүйеге кірмеген: {action} үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>see personal data</source>
        <translation>дербес деректерді көру</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>аудит журналын оқу</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>жазбаларды өзгерту</translation>
    </message>
    <message>
        <source>issue or revoke certificates</source>
        <translation>сертификаттарды беру немесе кері қайтарып алу</translation>
    </message>
    <message>
        <source>change agreements</source>
        <translation>келісімшарттарды өзгерту</translation>
    </message>
    <message>
        <source>import spreadsheets</source>
        <translation>электрондық кестелерді импорттау</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>дербес деректерді экспорттау</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>баптауларды өзгерту</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>қызметкерлердің есептік жазбаларын басқару</translation>
    </message>
    <message>
        <source>record or withdraw consents</source>
        <translation>келісімдерді тіркеу немесе кері қайтару</translation>
    </message>
    <message>
        <source>print a report of everything held about a person</source>
        <translation>адам туралы сақталған барлық деректердің есебін басып шығару</translation>
    </message>
    <message>
        <source>anonymise records</source>
        <translation>жазбаларды иесіздендіру</translation>
    </message>
    <message>
        <source>keep the personal-data incident log</source>
        <translation>дербес деректер инциденттерінің журналын жүргізу</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>тіркеуші</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>қараушы</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Демо-әкімші</translation>
    </message>
    <message>
        <source>A user name is 2 to 64 letters, digits or . _ - @, without spaces.</source>
        <translation>Пайдаланушы аты бос орынсыз 2–64 әріптен, цифрдан немесе . _ - @ таңбаларынан тұрады.</translation>
    </message>
    <message>
        <source>The user name «{name}» is reserved; choose another.</source>
        <translation>«{name}» пайдаланушы аты резервтелген; басқа атты таңдаңыз.</translation>
    </message>
    <message>
        <source>There is already an account «{name}».</source>
        <translation>«{name}» есептік жазбасы бұрыннан бар.</translation>
    </message>
    <message>
        <source>The display name is too long: at most {maximum} characters.</source>
        <translation>Көрсетілетін аты тым ұзын: ең көбі {maximum} таңба.</translation>
    </message>
    <message>
        <source>There is no account «{name}».</source>
        <translation>«{name}» есептік жазбасы жоқ.</translation>
    </message>
    <message>
        <source>The first administrator exists already; ask an administrator for an account.</source>
        <translation>Алғашқы әкімші бұрыннан бар; есептік жазба ашуды әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>«{name}» is the last active administrator: make another administrator first.</source>
        <translation>«{name}» — соңғы белсенді әкімші: алдымен басқа әкімші тағайындаңыз.</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>Қазіргі құпиясөз қате; құпиясөз өзгертілмеді.</translation>
    </message>
    <message>
        <source>You may change only your own password; an administrator can reset another&apos;s.</source>
        <translation>Тек өз құпиясөзіңізді өзгерте аласыз; басқаның құпиясөзін әкімші қайта орната алады.</translation>
    </message>
    <message>
        <source>The demo administrator has no password to change.</source>
        <translation>Демо-әкімшінің өзгертетін құпиясөзі жоқ.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Алғашқы есептік жазба әкімшінікі болуы керек.</translation>
    </message>
    <message>
        <source>This database has staff accounts: demo data goes only into a new database or a demo one.</source>
        <translation>Бұл дерекқорда қызметкерлердің есептік жазбалары бар: демо-деректер тек жаңа дерекқорға немесе демо-дерекқорға жазылады.</translation>
    </message>
    <message>
        <source>Printing needs {field} (placeholder {name}), which this agreement does not have.</source>
        <translation>Басып шығару үшін {field} қажет ({name} толтырғышы), ал бұл келісімшартта ол жоқ.</translation>
    </message>
    <message>
        <source>{field} is filled in only in another language, not in {language}: fill it in to print in {language} (placeholder {name}).</source>
        <translation>{field} тек басқа тілде толтырылған, «{language}» тілінде жоқ: осы тілде басып шығару үшін толтырыңыз ({name} орны).</translation>
    </message>
    <message>
        <source>{field} is filled in only in another language, not in {language}: fill it in to print in {language}.</source>
        <translation>{field} тек басқа тілде толтырылған, «{language}» тілінде жоқ: осы тілде басып шығару үшін толтырыңыз.</translation>
    </message>
    <message>
        <source>There is no agreement with the id {id}.</source>
        <translation>Идентификаторы {id} келісімшарт жоқ.</translation>
    </message>
    <message>
        <source>There is no agreement No. {number}.</source>
        <translation>№ {number} келісімшарт жоқ.</translation>
    </message>
    <message>
        <source>There is no agreement No. {number} of {year}.</source>
        <translation>{year} жылғы № {number} келісімшарт жоқ.</translation>
    </message>
    <message>
        <source>Agreements are printed in Kazakh (kk) or Russian (ru), not «{language}».</source>
        <translation>Келісімшарттар «{language}» тілінде емес, қазақ (kk) немесе орыс (ru) тілінде басылады.</translation>
    </message>
    <message>
        <source>the agreement&apos;s number</source>
        <translation>келісімшарттың нөмірі</translation>
    </message>
    <message>
        <source>the agreement&apos;s year</source>
        <translation>келісімшарттың жылы</translation>
    </message>
    <message>
        <source>the date of signing</source>
        <translation>қол қойылған күні</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>басталу күні</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <source>the term</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <source>the title or subject</source>
        <translation>атауы немесе тақырыбы</translation>
    </message>
    <message>
        <source>the college&apos;s city</source>
        <translation>колледж орналасқан қала</translation>
    </message>
    <message>
        <source>the college&apos;s name</source>
        <translation>колледждің атауы</translation>
    </message>
    <message>
        <source>the college&apos;s BIN</source>
        <translation>колледждің БСН-і</translation>
    </message>
    <message>
        <source>the director&apos;s name</source>
        <translation>директордың аты-жөні</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>серіктестің атауы</translation>
    </message>
    <message>
        <source>the partner&apos;s BIN</source>
        <translation>серіктестің БСН-і</translation>
    </message>
    <message>
        <source>the partner&apos;s address</source>
        <translation>серіктестің мекенжайы</translation>
    </message>
    <message>
        <source>the partner&apos;s contact person</source>
        <translation>серіктестің байланыс тұлғасы</translation>
    </message>
    <message>
        <source>the partner&apos;s phone</source>
        <translation>серіктестің телефоны</translation>
    </message>
    <message>
        <source>the partner&apos;s e-mail</source>
        <translation>серіктестің электрондық поштасы</translation>
    </message>
    <message>
        <source>the programme or specialty</source>
        <translation>бағдарлама немесе мамандық</translation>
    </message>
    <message>
        <source>the qualification</source>
        <translation>біліктілік</translation>
    </message>
    <message>
        <source>the volume in hours</source>
        <translation>сағат көлемі</translation>
    </message>
    <message>
        <source>the workplace</source>
        <translation>жұмыс орны</translation>
    </message>
    <message>
        <source>the extra obligations</source>
        <translation>қосымша міндеттемелер</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>тәлімгер</translation>
    </message>
    <message>
        <source>the bank&apos;s name</source>
        <translation>банктің атауы</translation>
    </message>
    <message>
        <source>the name and position of the partner&apos;s signatory, kept on the Partners page</source>
        <translation>серіктес атынан қол қоятын адамның аты-жөні мен лауазымы («Серіктестер» бетінде толтырылады)</translation>
    </message>
    <message>
        <source>the pay or stipend</source>
        <translation>жалақы немесе стипендия</translation>
    </message>
    <message>
        <source>an attached learner</source>
        <translation>тіркелген білім алушы</translation>
    </message>
    <message>
        <source>one attached learner</source>
        <translation>тіркелген жалғыз білім алушы</translation>
    </message>
    <message>
        <source>the learner&apos;s address</source>
        <translation>білім алушының мекенжайы</translation>
    </message>
    <message>
        <source>the learner&apos;s phone</source>
        <translation>білім алушының телефоны</translation>
    </message>
    <message>
        <source>the learner&apos;s legal representative</source>
        <translation>білім алушының заңды өкілі</translation>
    </message>
    <message>
        <source>attached learners</source>
        <translation>тіркелген білім алушылар</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Уақыты (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс станциясы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>The text uses {name}, which the program does not know.</source>
        <translation>Мәтінде бағдарламаға белгісіз {name} толтырғышы қолданылған.</translation>
    </message>
    <message>
        <source>«{text}» has a brace that opens or closes nothing; write placeholders as {example}.</source>
        <translation>«{text}» мәтінінде жұбы жоқ фигуралық жақша бар; толтырғыштарды {example} түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The document text has no «{part}»; nothing was saved.</source>
        <translation>Құжат мәтінінде «{part}» бөлігі жоқ; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Every section needs a title and at least one clause; «{section}» has none.</source>
        <translation>Әр бөлімнің тақырыбы мен кемінде бір тармағы болуы керек; «{section}» бөлімі бұл талапқа сай емес.</translation>
    </message>
    <message>
        <source>The document text needs at least one section.</source>
        <translation>Құжат мәтінінде кемінде бір бөлім болуы керек.</translation>
    </message>
    <message>
        <source>There is no document text for «{kind}» in «{language}».</source>
        <translation>«{kind}» үшін «{language}» тіліндегі құжат мәтіні жоқ.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the account is disabled or locked for a while after repeated failed attempts.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате, не есептік жазба белсенді емес, не қайталанған сәтсіз әрекеттерден кейін біраз уақытқа бұғатталған.</translation>
    </message>
    <message>
        <source>This database has staff accounts: name yours with --user NAME.</source>
        <translation>Бұл дерекқорда қызметкерлердің есептік жазбалары бар: өзіңіздікін --user АТЫ параметрімен көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path} ({reason}).</source>
        <translation>{path} құпиясөз файлын оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>The password is too short: at least {minimum} characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде {minimum} таңба.</translation>
    </message>
    <message>
        <source>The password is too long: at most {maximum} characters.</source>
        <translation>Құпиясөз тым ұзын: ең көбі {maximum} таңба.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Бұл құпиясөз тым кең таралған; табу қиынырақ құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Құпиясөз пайдаланушы атымен бірдей болмауы керек.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Start of employment</source>
        <translation>Жұмысқа кіріскен күні</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation>Бақылау күні</translation>
    </message>
    <message>
        <source>Where the graduate works</source>
        <translation>Түлектің жұмыс орны</translation>
    </message>
    <message>
        <source>The employment record no longer exists (perhaps someone deleted it).</source>
        <translation>Жұмысқа орналасу жазбасы енді жоқ (біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>The follow-up no longer exists (perhaps someone deleted it).</source>
        <translation>Бақылау жазбасы енді жоқ (біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>{name} has no college enrolment that was completed or is under way: only graduates are employed here.</source>
        <translation>{name} колледжде оқуды аяқтамаған және қазір оқымайды: мұнда тек түлектердің жұмысқа орналасуы тіркеледі.</translation>
    </message>
    <message>
        <source>The job starts ({start}) before {name} graduates ({graduation}): work during studies is a placement.</source>
        <translation>Жұмыс ({start}) {name} колледжді бітіргенге дейін ({graduation}) басталады: оқу кезіндегі жұмыс практика ретінде тіркеледі.</translation>
    </message>
    <message>
        <source>A follow-up is made 6 or 12 months after the start, not {months}.</source>
        <translation>Бақылау жұмыс басталғаннан кейін {months} айда емес, 6 немесе 12 айда жүргізіледі.</translation>
    </message>
    <message>
        <source>The follow-up ({checked}) is before the job started ({start}).</source>
        <translation>Бақылау күні ({checked}) жұмыс басталған күннен ({start}) бұрын.</translation>
    </message>
    <message>
        <source>This job already has its {months}-month follow-up.</source>
        <translation>Бұл жұмыс бойынша {months} айлық бақылау бұрыннан бар.</translation>
    </message>
    <message>
        <source>Say where the graduate works now, or mark them as no longer employed.</source>
        <translation>Түлектің қазір қайда жұмыс істейтінін көрсетіңіз немесе оның жұмыс істемейтінін белгілеңіз.</translation>
    </message>
    <message>
        <source>Date of the follow-up: the {months}-month follow-up is made {low} to {high} months after graduation ({graduation}), from {first} to {last}, not on {checked}.</source>
        <translation>Бақылау күні: {months} айлық бақылау бітіргеннен ({graduation}) кейін {low}–{high} ай ішінде, {first} бастап {last} дейін жүргізіледі, {checked} емес.</translation>
    </message>
    <message>
        <source>End of employment</source>
        <translation>Жұмыстың аяқталуы</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Іс-шараның күні</translation>
    </message>
    <message>
        <source>Place in Kazakh</source>
        <translation>Өткізілген орны қазақша</translation>
    </message>
    <message>
        <source>Place in Russian</source>
        <translation>Өткізілген орны орысша</translation>
    </message>
    <message>
        <source>Topic in Kazakh</source>
        <translation>Тақырыбы қазақша</translation>
    </message>
    <message>
        <source>Topic in Russian</source>
        <translation>Тақырыбы орысша</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>{label} is required in Kazakh, in Russian or in both.</source>
        <translation>{label} қазақша, орысша немесе екі тілде де толтырылуы керек.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>Instructor&apos;s name</source>
        <translation>Жүргізушінің аты-жөні</translation>
    </message>
    <message>
        <source>Instructor&apos;s position</source>
        <translation>Жүргізушінің лауазымы</translation>
    </message>
    <message>
        <source>An enterprise specialist comes from a partner: choose the organisation.</source>
        <translation>Кәсіпорын маманы серіктес ұйымнан келеді: ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>The instructor&apos;s organisation chosen no longer exists.</source>
        <translation>Жүргізушінің таңдалған ұйымы енді жоқ.</translation>
    </message>
    <message>
        <source>Say who the instructor is: one of the college&apos;s staff or an enterprise specialist.</source>
        <translation>Жүргізушінің кім екенін көрсетіңіз: колледж қызметкері ме, әлде кәсіпорын маманы ма.</translation>
    </message>
    <message>
        <source>The session no longer exists (perhaps someone deleted it).</source>
        <translation>Іс-шара енді жоқ (біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>The organiser chosen no longer exists.</source>
        <translation>Таңдалған ұйымдастырушы енді жоқ.</translation>
    </message>
    <message>
        <source>Record attendance either by name or as head counts by age group, not both.</source>
        <translation>Қатысуды не аты-жөні бойынша, не жас топтары бойынша саны арқылы тіркеңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>The head count of «{age_group}» must be a whole number from 0 to {limit}, not {count}.</source>
        <translation>«{age_group}» тобының саны {count} емес, 0-ден {limit}-ге дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>The age group «{age_group}» is counted twice.</source>
        <translation>«{age_group}» жас тобы екі рет есептелген.</translation>
    </message>
    <message>
        <source>A learner marked as present no longer exists (perhaps someone deleted them).</source>
        <translation>Қатысты деп белгіленген білім алушы енді жоқ (біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>{name} is marked as present twice.</source>
        <translation>{name} екі рет қатысты деп белгіленген.</translation>
    </message>
    <message>
        <source>{names}: no consent in force on {day} for «{purpose}», so they cannot be named at this session. Count them in its head count instead.</source>
        <translation>{names}: {day} күні «{purpose}» мақсатына қолданыстағы келісім жоқ, сондықтан оларды бұл іс-шарада аты-жөнімен көрсетуге болмайды. Оның орнына оларды жас топтары бойынша санға қосыңыз.</translation>
    </message>
    <message>
        <source>{names} and {more} more: no consent in force on {day} for «{purpose}», so they cannot be named at this session. Count them in its head count instead.</source>
        <translation>{names} және тағы {more} адам: {day} күні «{purpose}» мақсатына қолданыстағы келісім жоқ, сондықтан оларды бұл іс-шарада аты-жөнімен көрсетуге болмайды. Оның орнына оларды жас топтары бойынша санға қосыңыз.</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .pdf or .xlsx.</source>
        <translation>«{name}» файлын жазу мүмкін емес: .pdf немесе .xlsx кеңейтімді файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The report is for a year from {low} to {high} and a quarter from 1 to 4.</source>
        <translation>Есеп {low}–{high} жылдардың біріне және 1–4 тоқсанның біріне жасалады.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>The placement no longer exists (perhaps someone deleted it).</source>
        <translation>Практика жазбасы енді жоқ (біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>Choose the learner.</source>
        <translation>Білім алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>{label}: choose the organisation.</source>
        <translation>{label}: ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is not an employer or a training centre.</source>
        <translation>{name} жұмыс беруші де, оқу орталығы да емес.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in a college specialty: a placement is for college students.</source>
        <translation>{name} колледж мамандығында оқымайды: практика колледж студенттеріне арналған.</translation>
    </message>
    <message>
        <source>The placement starts ({start}) before {name} entered college ({enrolled}).</source>
        <translation>Практика ({start}) {name} колледжге түскенге дейін ({enrolled}) басталады.</translation>
    </message>
    <message>
        <source>The agreement chosen no longer exists.</source>
        <translation>Таңдалған шарт енді жоқ.</translation>
    </message>
    <message>
        <source>Agreement No. {number} is with another organisation, not with {name}.</source>
        <translation>№ {number} шарт {name} ұйымымен емес, басқа ұйыммен жасалған.</translation>
    </message>
    <message>
        <source>The connection settings in {path} cannot be read ({reason}). Delete that file and start the program again to choose where the data lives.</source>
        <translation>{path} файлындағы қосылым баптауларын оқу мүмкін емес ({reason}). Сол файлды жойып, деректер қайда сақталатынын таңдау үшін бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at {host}:{port}: it refuses the connection or cannot be reached. Check the server&apos;s address and port, that the server is running, and that it accepts connections from other computers.</source>
        <translation>{host}:{port} мекенжайындағы PostgreSQL серверіне қосылу мүмкін емес: сервер қосылымды қабылдамайды немесе оған қол жеткізу мүмкін емес. Сервердің мекенжайы мен портын, сервердің іске қосылғанын және басқа компьютерлерден қосылымдарды қабылдайтынын тексеріңіз.</translation>
    </message>
    <message>
        <source>No computer named «{host}» is found on the network. Check the server&apos;s name, or use its IP address.</source>
        <translation>Желіде «{host}» атты компьютер табылмады. Сервердің атауын тексеріңіз немесе оның IP мекенжайын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} does not accept the user «{user}» with this password. Check the user name and the password (capital letters matter).</source>
        <translation>{host}:{port} мекенжайындағы PostgreSQL сервері «{user}» пайдаланушысын осы құпиясөзбен қабылдамайды. Пайдаланушы аты мен құпиясөзді тексеріңіз (бас және кіші әріптер ескеріледі).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} has no database «{database}». Check its name, or ask whoever runs the server to create an empty database owned by «{user}».</source>
        <translation>{host}:{port} мекенжайындағы PostgreSQL серверінде «{database}» дерекқоры жоқ. Оның атауын тексеріңіз немесе серверге жауапты адамнан иесі «{user}» болатын бос дерекқор құруды сұраңыз.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} does not let this computer connect as «{user}» to «{database}». Ask whoever runs the server to allow it (pg_hba.conf).</source>
        <translation>{host}:{port} мекенжайындағы PostgreSQL сервері бұл компьютерге «{database}» дерекқорына «{user}» ретінде қосылуға рұқсат бермейді. Серверге жауапты адамнан рұқсат беруді сұраңыз (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server at {host}:{port} did not answer within {seconds} seconds. Check the address; a firewall may be blocking the port.</source>
        <translation>{host}:{port} мекенжайындағы сервер {seconds} секунд ішінде жауап бермеді. Мекенжайды тексеріңіз; портты брандмауэр бұғаттап тұруы мүмкін.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at {host}:{port}: {reason}</source>
        <translation>{host}:{port} мекенжайындағы PostgreSQL серверіне қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or IP address.</source>
        <translation>Сервердің атауын немесе IP мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Сервердегі дерекқордың атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the user name for the server.</source>
        <translation>Серверге арналған пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Порт — 1-ден 65535-ке дейінгі сан (әдетте 5432).</translation>
    </message>
    <message>
        <source>Graduates&apos; employment</source>
        <translation>Түлектердің жұмысқа орналасуы</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>Мемл. тапсырыс</translation>
    </message>
    <message>
        <source>Employer-funded</source>
        <translation>Жұмыс беруші есебінен</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Admitted by order</source>
        <translation>Бұйрықпен қабылданды</translation>
    </message>
    <message>
        <source>Began studying</source>
        <translation>Оқуға кірісті</translation>
    </message>
    <message>
        <source>Employers&apos; demand</source>
        <translation>Жұмыс берушілер сұранысы</translation>
    </message>
    <message>
        <source>Forecast of graduates</source>
        <translation>Түлектер болжамы</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Бітірген күні</translation>
    </message>
    <message>
        <source>Jobs recorded</source>
        <translation>Тіркелген жұмыс саны</translation>
    </message>
    <message>
        <source>6 months after graduation</source>
        <translation>Бітіргеннен кейін 6 ай</translation>
    </message>
    <message>
        <source>12 months after graduation</source>
        <translation>Бітіргеннен кейін 12 ай</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Start of the destination</source>
        <translation>Бағыттың басталуы</translation>
    </message>
    <message>
        <source>End of the destination</source>
        <translation>Бағыттың аяқталуы</translation>
    </message>
    <message>
        <source>University or college</source>
        <translation>ЖОО немесе колледж</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Растау түрі</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation>Растау күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>The destination record no longer exists (perhaps someone deleted it).</source>
        <translation>Бағыт жазбасы енді жоқ (біреу жойған болуы мүмкін).</translation>
    </message>
    <message>
        <source>A job is recorded as a job, with its employer: choose another destination here.</source>
        <translation>Жұмыс жұмыс берушісімен бірге жұмыс ретінде енгізіледі: мұнда басқа бағытты таңдаңыз.</translation>
    </message>
    <message>
        <source>The destination starts ({start}) before {name} graduates ({graduation}).</source>
        <translation>Бағыт ({start}) {name} оқуды бітірмей тұрып ({graduation}) басталады.</translation>
    </message>
    <message>
        <source>{name} has no college enrolment that was completed or is under way: only graduates have destinations.</source>
        <translation>{name} колледжде оқуды аяқтамаған және оқып жатқан жоқ: бағыт тек түлектерде болады.</translation>
    </message>
    <message>
        <source>Further study needs the university or college: choose it from the list.</source>
        <translation>Оқуды жалғастыру үшін ЖОО немесе колледжді көрсету керек: тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>«{name}» is not a university or college: further study is at one of them.</source>
        <translation>«{name}» — ЖОО да, колледж де емес: оқу солардың бірінде жалғасады.</translation>
    </message>
    <message>
        <source>Document number is required: only a phone call has none.</source>
        <translation>Құжат нөмірі міндетті: нөмірі тек телефон қоңырауында болмайды.</translation>
    </message>
    <message>
        <source>A destination either counts as employed or is taken out of the graduates, not both; «unknown» and «not employed» can be neither.</source>
        <translation>Бағыт не жұмысқа орналасқан деп есептеледі, не түлектер санынан шығарылады, екеуі бірдей емес; «мәлімет жоқ» пен «жұмыс істемейді» ешқайсысы бола алмайды.</translation>
    </message>
    <message>
        <source>Employed in the specialty</source>
        <translation>Мамандығы бойынша жұмыс істейді</translation>
    </message>
    <message>
        <source>Employed outside the specialty</source>
        <translation>Мамандығынан тыс жұмыс істейді</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Оқуын жалғастыруда</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Әскери қызметте</translation>
    </message>
    <message>
        <source>Maternity or childcare leave</source>
        <translation>Жүктілік, босану немесе бала күтімі демалысы</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Өзін-өзі жұмыспен қамтыған</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>Жұмыс істемейді</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Мәлімет жоқ</translation>
    </message>
    <message>
        <source>Employment order</source>
        <translation>Жұмысқа қабылдау туралы бұйрық</translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation>Еңбек шарты</translation>
    </message>
    <message>
        <source>Employer&apos;s letter</source>
        <translation>Жұмыс берушінің хаты</translation>
    </message>
    <message>
        <source>Pension-contribution statement</source>
        <translation>Зейнетақы жарналары туралы үзінді</translation>
    </message>
    <message>
        <source>University enrolment letter</source>
        <translation>ЖОО-ның оқуға қабылдау туралы анықтамасы</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефон қоңырауы</translation>
    </message>
    <message>
        <source>no job recorded</source>
        <translation>жұмыс тіркелмеген</translation>
    </message>
    <message>
        <source>Another program or PC is writing to the database and did not finish within {seconds} seconds; nothing was saved. Try again in a moment.</source>
        <translation>Басқа бағдарлама немесе басқа компьютер дерекқорға жазып жатыр және {seconds} секунд ішінде аяқтамады; ештеңе сақталмады. Біраздан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Another PC changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Басқа компьютер дәл сол сәтте сол жазбаларды өзгертті; ештеңе сақталмады. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full; nothing was saved. Free some space and try again.</source>
        <translation>Дерекқор тұрған диск толып қалған; ештеңе сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or the server is read-only); nothing was saved. Check the file&apos;s permissions or ask whoever runs the server.</source>
        <translation>Дерекқорға жазу мүмкін емес (файл немесе сервер тек оқуға арналған); ештеңе сақталмады. Файлға қол жеткізу құқықтарын тексеріңіз немесе серверге жауапты адамға хабарласыңыз.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. Check the network and that the server is running, then try again.</source>
        <translation>Дерекқор серверімен байланыс үзілді; ештеңе сақталмады. Желіні және сервердің жұмыс істеп тұрғанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file is {size} MB; a certificate PDF is far smaller (at most {limit} MB are checked).</source>
        <translation>Файлдың көлемі {size} МБ; куәліктің PDF файлы әлдеқайда кіші (ең көбі {limit} МБ тексеріледі).</translation>
    </message>
    <message>
        <source>The PDF has {pages} pages; at most {limit} are checked at once. Check each certificate&apos;s own PDF.</source>
        <translation>PDF файлында {pages} бет бар; бір рет ең көбі {limit} бет тексеріледі. Әр құжаттың өз PDF файлын тексеріңіз.</translation>
    </message>
    <message>
        <source>The PDF cannot be read as a certificate: it is damaged, incomplete or locked.</source>
        <translation>PDF файлын құжат ретінде оқу мүмкін емес: ол зақымдалған, толық емес немесе құлыпталған.</translation>
    </message>
    <message>
        <source>Some of these learners or groups were just added or changed by someone else (another import or another PC); nothing of this import was saved. Import the file again: the learners now registered will be recognised.</source>
        <translation>Осы білім алушылардың немесе топтардың бір бөлігін жаңа ғана басқа біреу қосты немесе өзгертті (басқа импорт немесе басқа компьютер); бұл импорттан ештеңе сақталмады. Файлды қайта импорттаңыз: енді тіркелген білім алушылар танылады.</translation>
    </message>
    <message>
        <source>The audit log key {path} cannot be read ({reason}). Restore the keys folder from a backup; without it the audit log cannot be checked or written.</source>
        <translation>Аудит журналының кілті {path} оқылмайды ({reason}). Кілттер қалтасын сақтық көшірмеден қалпына келтіріңіз: онсыз аудит журналын тексеру де, оған жазу да мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot save the audit log key in {folder} ({reason}).</source>
        <translation>Аудит журналының кілтін {folder} қалтасына сақтау мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>Another Cluster Desktop made the audit log key at the same moment. Nothing was saved; please do it again.</source>
        <translation>Дәл осы сәтте басқа Cluster Desktop аудит журналының кілтін жасады. Ештеңе сақталмады; әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>«{text}» cannot be printed: the documents&apos; font has no character «{char}» ({code}). Correct it where it was typed (Kazakh, Russian or Latin letters) and try again.</source>
        <translation>«{text}» басып шығарылмайды: құжаттар қарпінде «{char}» ({code}) таңбасы жоқ. Оны енгізілген жерінде түзетіңіз (қазақ, орыс немесе латын әріптерімен) және қайталаңыз.</translation>
    </message>
    <message>
        <source>Cannot read the file {path} ({reason}).</source>
        <translation>{path} файлын оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is not text in UTF-8 or UTF-16. Save it as UTF-8 text (in Notepad: Save as…, Encoding: UTF-8).</source>
        <translation>{path} файлы UTF-8 немесе UTF-16 мәтіні емес. Оны UTF-8 мәтіні ретінде сақтаңыз (Notepad-та: «Басқаша сақтау…», «Кодтау»: UTF-8).</translation>
    </message>
    <message>
        <source>The file {path} is too large to hold a password (more than {limit} bytes).</source>
        <translation>{path} файлы құпиясөз үшін тым үлкен ({limit} байттан артық).</translation>
    </message>
    <message>
        <source>A page is not the size of a certificate blank.</source>
        <translation>Беттердің бірі куәлік бланкісінің өлшеміне сай емес.</translation>
    </message>
    <message>
        <source>A page carries no certificate code of this program.</source>
        <translation>Беттердің бірінде осы бағдарламаның құжат коды жоқ.</translation>
    </message>
    <message>
        <source>A page carries more than one code.</source>
        <translation>Бір бетте бірнеше код бар.</translation>
    </message>
    <message>
        <source>The page has text that cannot be seen (invisible, transparent or white).</source>
        <translation>Бетте көзге көрінбейтін мәтін бар (жасырын, мөлдір немесе ақ).</translation>
    </message>
    <message>
        <source>Something is drawn over the certificate&apos;s text.</source>
        <translation>Құжат мәтінінің үстінен бірдеңе салынған.</translation>
    </message>
    <message>
        <source>What the page says (number, name, programme or date) is not what its code says.</source>
        <translation>Беттегі мәлімет (нөмір, аты-жөні, бағдарлама немесе күні) кодтағы мәліметпен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The file was changed after it was printed: something was added after its end.</source>
        <translation>Файл басып шығарылғаннан кейін өзгертілген: оның соңынан бірдеңе қосылған.</translation>
    </message>
    <message>
        <source>The file&apos;s metadata names other certificates than its pages show.</source>
        <translation>Файлдың метадеректерінде беттерде көрсетілгеннен басқа құжаттар аталған.</translation>
    </message>
    <message>
        <source>Found by its number only: the name on the paper must be exactly the one above, or the paper is not this certificate.</source>
        <translation>Тек нөмірі бойынша табылды: қағаздағы аты-жөні жоғарыдағымен дәл сәйкес келуі тиіс, әйтпесе бұл қағаз осы құжат емес.</translation>
    </message>
    <message>
        <source>The database {database} cannot be read: it is damaged ({reason}). Restore it from a backup (the Backup page, or «backup restore»).</source>
        <translation>{database} дерекқорын оқу мүмкін емес: ол зақымдалған ({reason}). Оны сақтық көшірмеден қалпына келтіріңіз («Сақтық көшірме» беті немесе «backup restore» командасы).</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as DD.MM.YYYY or YYYY-MM-DD, e.g. 04.12.2026</source>
        <translation>«{text}» — күн емес: КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 04.12.2026</translation>
    </message>
    <message>
        <source>There is no agreement No. {number}; did you mean {suggestions}?</source>
        <translation>№ {number} келісімшарт жоқ; мүмкін, {suggestions} болар?</translation>
    </message>
    <message>
        <source>Give the agreement&apos;s number as the list shows it, e.g. ДО-1/2026.</source>
        <translation>Келісімшарттың нөмірін тізімде көрсетілгендей беріңіз, мысалы ДО-1/2026.</translation>
    </message>
    <message>
        <source>The number {number} says the year {shown}, but --year says {year}: give one of them.</source>
        <translation>{number} нөмірінде {shown} жыл көрсетілген, ал --year {year} жылды айтады: біреуін ғана беріңіз.</translation>
    </message>
    <message>
        <source>Agreements in the register: {count}.</source>
        <translation>Тізілімдегі келісімшарттар: {count}.</translation>
    </message>
    <message>
        <source>Agreements in force that end within {days} days: {count}.</source>
        <translation>{days} күн ішінде аяқталатын қолданыстағы келісімшарттар: {count}.</translation>
    </message>
    <message>
        <source>Rows written to {file}: {count}.</source>
        <translation>{file} файлына жазылған жолдар: {count}.</translation>
    </message>
    <message>
        <source>--school and --grade choose pupils: they filter only the learners list.</source>
        <translation>--school және --grade оқушыларды таңдайды: олар тек білім алушылар тізімін сүзеді.</translation>
    </message>
    <message>
        <source>There is no school with the number {school} (--school).</source>
        <translation>{school} нөмірлі мектеп жоқ (--school).</translation>
    </message>
    <message>
        <source>--for-partner exports the learners that partner receives today: it goes with «export learners» only, without --search, --school or --grade.</source>
        <translation>--for-partner серіктеске бүгін берілетін білім алушыларды шығарады: ол тек «export learners» командасымен, --search, --school және --grade параметрлерінсіз қолданылады.</translation>
    </message>
    <message>
        <source>Applications: {count}.</source>
        <translation>Өтініштер: {count}.</translation>
    </message>
    <message>
        <source>«{text}» is not a cohort. Write it as «field:value» pairs separated by commas, for example: {examples}.</source>
        <translation>«{text}» когорта емес. Оны үтірмен бөлінген «өріс:мән» жұптары түрінде жазыңыз, мысалы: {examples}.</translation>
    </message>
    <message>
        <source>The field «{field}» has no place in this cohort; it takes: {fields}.</source>
        <translation>«{field}» өрісі бұл когортаға жатпайды; оның өрістері: {fields}.</translation>
    </message>
    <message>
        <source>The field «{field}» is given twice.</source>
        <translation>«{field}» өрісі екі рет берілген.</translation>
    </message>
    <message>
        <source>The field «{field}» is missing; this cohort takes: {fields}.</source>
        <translation>«{field}» өрісі жоқ; бұл когортаның өрістері: {fields}.</translation>
    </message>
    <message>
        <source>Field «school»: there is no school with the number «{value}».</source>
        <translation>«school» өрісі: «{value}» нөмірлі мектеп жоқ.</translation>
    </message>
    <message>
        <source>Field «grade»: a school grade is a whole number from 1 to 11, not «{value}».</source>
        <translation>«grade» өрісі: сынып — 1-ден 11-ге дейінгі бүтін сан, «{value}» емес.</translation>
    </message>
    <message>
        <source>Field «{field}»: write the year the academic year begins in, from {low} to {high} (2024 for 2024/25), not «{value}».</source>
        <translation>«{field}» өрісі: оқу жылы басталатын жылды {low}–{high} аралығында жазыңыз (2024/25 үшін 2024), «{value}» емес.</translation>
    </message>
    <message>
        <source>Field «specialty»: no college specialty has the qualification code «{value}».</source>
        <translation>«specialty» өрісі: біліктілік коды «{value}» болатын колледж мамандығы жоқ.</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Қабылдау жылы</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>{label}: choose a college specialty.</source>
        <translation>{label}: колледж мамандығын таңдаңыз.</translation>
    </message>
    <message>
        <source>{seat_kind}: {taken} applicants are already admitted, so the plan cannot have fewer seats than {taken}.</source>
        <translation>{seat_kind}: {taken} талапкер қабылданып қойған, сондықтан жоспардағы орын {taken}-ден кем бола алмайды.</translation>
    </message>
    <message>
        <source>State educational order</source>
        <translation>Мемлекеттік білім беру тапсырысы</translation>
    </message>
    <message>
        <source>Local order</source>
        <translation>Жергілікті тапсырыс</translation>
    </message>
    <message>
        <source>Employer-funded (target)</source>
        <translation>Жұмыс беруші есебінен (мақсатты)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ақылы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>{label}: «{code}» is not in the qualification catalogue; choose it from the list (Settings → Qualifications adds a new one).</source>
        <translation>{label}: «{code}» біліктілік анықтамалығында жоқ; оны тізімнен таңдаңыз (жаңасын Баптаулар → Біліктіліктер бөлімінде қосуға болады).</translation>
    </message>
    <message>
        <source>The code «{code}» is neither a specialty&apos;s (8 digits, e.g. 07240100) nor a qualification&apos;s (e.g. 3W07240101).</source>
        <translation>«{code}» коды мамандық коды да (8 цифр, мысалы 07240100), біліктілік коды да (мысалы 3W07240101) емес.</translation>
    </message>
    <message>
        <source>The catalogue already has the code «{code}».</source>
        <translation>Анықтамалықта «{code}» коды бар.</translation>
    </message>
    <message>
        <source>An entry&apos;s code cannot be changed; add a new entry instead.</source>
        <translation>Жазбаның кодын өзгертуге болмайды; оның орнына жаңа жазба қосыңыз.</translation>
    </message>
    <message>
        <source>There is no specialty «{code}» in the catalogue.</source>
        <translation>Анықтамалықта «{code}» мамандығы жоқ.</translation>
    </message>
    <message>
        <source>A qualification belongs to a specialty: choose it.</source>
        <translation>Біліктілік мамандыққа жатады: мамандықты таңдаңыз.</translation>
    </message>
    <message>
        <source>The qualification «{code}» does not belong to the specialty «{specialty}»: its digits differ.</source>
        <translation>«{code}» біліктілігі «{specialty}» мамандығына жатпайды: цифрлары сәйкес емес.</translation>
    </message>
    <message>
        <source>A specialty&apos;s code (8 digits) does not belong to another specialty.</source>
        <translation>Мамандық коды (8 цифр) басқа мамандыққа жатпайды.</translation>
    </message>
    <message>
        <source>The catalogue entry no longer exists (perhaps someone deleted it).</source>
        <translation>Анықтамалық жазбасы енді жоқ (мүмкін, біреу өшірген шығар).</translation>
    </message>
    <message>
        <source>This stage record is not a school record with a grade.</source>
        <translation>Бұл кезең жазбасы сыныбы көрсетілген мектеп жазбасы емес.</translation>
    </message>
    <message>
        <source>The school record no longer exists (perhaps someone deleted it).</source>
        <translation>Мектеп жазбасы енді жоқ (мүмкін, біреу оны жойған шығар).</translation>
    </message>
    <message>
        <source>A repeated year must come after {year}, the year the grade was recorded in, and before the pupil left school.</source>
        <translation>Қайталанған жыл сынып жазылған {year} жылынан кейін және оқушы мектептен кеткенге дейін болуы керек.</translation>
    </message>
    <message>
        <source>The repeated year {year} is already recorded.</source>
        <translation>{year} қайталанған жылы бұрыннан жазылған.</translation>
    </message>
    <message>
        <source>The day the pupil left ({day}) is before the school record began ({start}).</source>
        <translation>Оқушының кеткен күні ({day}) мектеп жазбасы басталғанға ({start}) дейін.</translation>
    </message>
    <message>
        <source>Incident No. {id} recorded. Record its notification with: incidents notified {id} --to … --on …</source>
        <translation>№ {id} инцидент тіркелді. Хабарламаны былай тіркеңіз: incidents notified {id} --to … --on …</translation>
    </message>
    <message>
        <source>Incident No. {id}: notification recorded ({to}, {on}).</source>
        <translation>№ {id} инцидент: хабарлама тіркелді ({to}, {on}).</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>Инциденттер тіркелмеген.</translation>
    </message>
    <message>
        <source>Not yet notified: {count}; the oldest was found {days} days ago ({on}).</source>
        <translation>Әлі хабарланбағаны: {count}; ең ескісі {days} күн бұрын анықталған ({on}).</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>хабарланбаған</translation>
    </message>
    <message>
        <source>No one with IIN {iin} is registered; no report was written.</source>
        <translation>ЖСН-і {iin} адам тіркелмеген; есеп жазылмады.</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .pdf.</source>
        <translation>«{name}» жазу мүмкін емес: атауы .pdf деп аяқталатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} was anonymised on {day}: the record no longer holds anyone&apos;s identity, so no report was written.</source>
        <translation>{name} {day} иесіздендірілген: жазбада енді ешкімнің жеке басы туралы мәлімет жоқ, сондықтан есеп жазылмады.</translation>
    </message>
    <message>
        <source>Choose the records to anonymise; nothing was changed.</source>
        <translation>Анонимделетін жазбаларды таңдаңыз; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>There is no person with id {id}; nothing was changed.</source>
        <translation>{id} нөмірлі адам жоқ; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Record {id} was already anonymised on {day}; nothing was changed.</source>
        <translation>{id} жазбасы {day} күні анонимделіп қойған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{name} is still studying in group {group}: a record with an open enrolment cannot be anonymised; nothing was changed.</source>
        <translation>{name} әлі {group} тобында оқып жүр: оқуы аяқталмаған жазбаны анонимдеуге болмайды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{name} is named in agreement No. {number}, which is in force: it cannot be anonymised; nothing was changed.</source>
        <translation>{name} күшіндегі № {number} шартта аталған: оны анонимдеуге болмайды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{name}: the records are kept until {day}; only records past their keeping period may be anonymised. Nothing was changed.</source>
        <translation>{name}: жазбалар {day} дейін сақталады; тек сақтау мерзімі өткен жазбаларды анонимдеуге болады. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{name} is not past the keeping period (still studying, or no record that ends it); nothing was changed.</source>
        <translation>{name}: сақтау мерзімі өтпеген (әлі оқиды немесе мерзімді аяқтайтын жазба жоқ); ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Certificate {number} belongs to an anonymised record: the holder&apos;s name is no longer kept, so it cannot be printed again.</source>
        <translation>{number} куәлігі анонимделген жазбаға тиесілі: иесінің аты-жөні енді сақталмайды, сондықтан оны қайта басып шығаруға болмайды.</translation>
    </message>
    <message>
        <source>Days after the 18th birthday to collect the learner&apos;s own consent</source>
        <translation>18 жасқа толғаннан кейін білім алушының өз келісімін алуға берілетін күндер</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Алдағы күндер саны</translation>
    </message>
    <message>
        <source>education records</source>
        <translation>білім беру жазбалары</translation>
    </message>
    <message>
        <source>the cluster journey across stages</source>
        <translation>кластердегі кезеңдер бойынша жол</translation>
    </message>
    <message>
        <source>transfer to partner enterprises</source>
        <translation>серіктес кәсіпорындарға беру</translation>
    </message>
    <message>
        <source>transfer abroad to partner universities</source>
        <translation>шетелдегі серіктес университеттерге беру</translation>
    </message>
    <message>
        <source>photos and publicity</source>
        <translation>фотосуреттер мен жариялау</translation>
    </message>
    <message>
        <source>{names}: no consent in force on {day} for «{purpose}». Record the signed consent first.</source>
        <translation>{names}: {day} күні «{purpose}» мақсатына қолданыстағы келісім жоқ. Алдымен қол қойылған келісімді тіркеңіз.</translation>
    </message>
    <message>
        <source>{names} and {more} more: no consent in force on {day} for «{purpose}». Record the signed consents first.</source>
        <translation>{names} және тағы {more} адам: {day} күні «{purpose}» мақсатына қолданыстағы келісім жоқ. Алдымен қол қойылған келісімдерді тіркеңіз.</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Анықталған күні</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Қамтылған жазбалар саны</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Қандай жазбалар</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Кімге хабарланды</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Хабарланған күні</translation>
    </message>
    <message>
        <source>The incident no longer exists (perhaps someone deleted it).</source>
        <translation>Инцидент енді жоқ (мүмкін, оны біреу жойған).</translation>
    </message>
    <message>
        <source>Learners for a partner</source>
        <translation>Серіктеске берілетін білім алушылар</translation>
    </message>
    <message>
        <source>A {role} cannot be allowed to {action}: that role only reads and prints.</source>
        <translation>«{role}» рөліне мына әрекетке рұқсат беруге болмайды: {action}. Бұл рөл тек оқиды және басып шығарады.</translation>
    </message>
    <message>
        <source>Only recording consents, access reports, anonymising and the incident log are set per role.</source>
        <translation>Рөлдер бойынша тек келісімдерді тіркеу, деректер есебі, иесіздендіру және инциденттер журналы бапталады.</translation>
    </message>
    <message>
        <source>{label}: enter a whole number of years from {low} to {high}.</source>
        <translation>{label}: {low} мен {high} аралығындағы бүтін жыл санын енгізіңіз.</translation>
    </message>
    <message>
        <source>Learners who left the cluster (years after the end of studies)</source>
        <translation>Кластерден кеткен білім алушылар (оқу аяқталғаннан кейінгі жылдар)</translation>
    </message>
    <message>
        <source>Applicants never admitted (years after the decision)</source>
        <translation>Қабылданбаған талапкерлер (шешімнен кейінгі жылдар)</translation>
    </message>
    <message>
        <source>Attendance at guidance sessions by name (years after the session)</source>
        <translation>Кәсіби бағдар іс-шараларына аты-жөнімен қатысу (іс-шарадан кейінгі жылдар)</translation>
    </message>
    <message>
        <source>Personal-data incidents (years after they were found)</source>
        <translation>Дербес деректер инциденттері (анықталғаннан кейінгі жылдар)</translation>
    </message>
    <message>
        <source>left the cluster</source>
        <translation>кластерден кетті</translation>
    </message>
    <message>
        <source>applicant not admitted</source>
        <translation>қабылданбаған талапкер</translation>
    </message>
    <message>
        <source>guidance sessions</source>
        <translation>кәсіби бағдар іс-шаралары</translation>
    </message>
    <message>
        <source>Past their keeping period on {day}: {count}.</source>
        <translation>{day} күні сақтау мерзімі өткендер: {count}.</translation>
    </message>
    <message>
        <source>Personal-data incidents past their keeping period: {count} (the oldest found on {day}; see the incident log).</source>
        <translation>Сақтау мерзімі өткен дербес деректер инциденттері: {count} (ең ескісі {day} күні анықталған; инциденттер журналын қараңыз).</translation>
    </message>
    <message>
        <source>Anonymised: {count}. This cannot be undone except by restoring a backup made before it.</source>
        <translation>Анонимделді: {count}. Мұны тек одан бұрын жасалған сақтық көшірмені қалпына келтіру арқылы ғана қайтаруға болады.</translation>
    </message>
    <message>
        <source>Anonymising cannot be undone except by restoring a backup: add --yes to confirm. Nothing was changed.</source>
        <translation>Анонимдеуді тек сақтық көшірмені қалпына келтіру арқылы ғана қайтаруға болады: растау үшін --yes қосыңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Name the records to anonymise by their ids, or give --all for every one past its keeping period.</source>
        <translation>Анонимделетін жазбалардың нөмірлерін көрсетіңіз немесе сақтау мерзімі өткендердің бәрі үшін --all беріңіз.</translation>
    </message>
    <message>
        <source>Nothing is past its keeping period on {day}; nothing was changed.</source>
        <translation>{day} күні сақтау мерзімі өткен жазба жоқ; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>«{text}» is not a record id (a whole number).</source>
        <translation>«{text}» — жазба нөмірі емес (бүтін сан керек).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Сақталу мерзімі</translation>
    </message>
    <message>
        <source>Why kept</source>
        <translation>Сақталу негізі</translation>
    </message>
    <message>
        <source>Rows: {count}.</source>
        <translation>Жолдар: {count}.</translation>
    </message>
    <message>
        <source>Consent No. {id} recorded for {name}.</source>
        <translation>№ {id} келісім тіркелді: {name}.</translation>
    </message>
    <message>
        <source>Consent No. {id}: withdrawn from {day}: {purposes}.</source>
        <translation>№ {id} келісім: {day} бастап кері қайтарылды: {purposes}.</translation>
    </message>
    <message>
        <source>own consent needed</source>
        <translation>өз келісімі керек</translation>
    </message>
    <message>
        <source>Consent in own name needed (due by {day}).</source>
        <translation>Өз атынан келісім қажет ({day} дейін алу керек).</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Бірде-бір келісім тіркелмеген.</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>әлі күшіне енбеген</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <source>own consent due by {day}</source>
        <translation>өз келісімін {day} дейін алу керек</translation>
    </message>
    <message>
        <source>Saved. Others see the change in the window from their next login.</source>
        <translation>Сақталды. Басқалар өзгерісті терезеде келесі кіргенде көреді.</translation>
    </message>
    <message>
        <source>The standard form allows at least one purpose: tick the ones the college&apos;s paper form lists.</source>
        <translation>Үлгілік бланк кемінде бір мақсатқа рұқсат береді: колледждің қағаз бланкісінде көрсетілгендерін белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Show agreements</source>
        <translation>Келісімшарттарды көрсету</translation>
    </message>
    <message>
        <source>No. {number} with {partner} on {date}</source>
        <translation>№ {number}, {partner} — {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expire within 60 days: </source>
        <translation>
            <numerusform>60 күн ішінде %n келісімшарттың мерзімі бітеді: </numerusform>
            <numerusform>60 күн ішінде %n келісімшарттың мерзімі бітеді: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more.</source>
        <translation>
            <numerusform> және тағы %n.</numerusform>
            <numerusform> және тағы %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Writing row {done} of {total}…</source>
        <translation>Жолдар жазылуда: {done} / {total}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Rows written to «{name}»: {count}.</source>
        <translation>«{name}» файлына жазылған жолдар: {count}.</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Тізім экспортталуда…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Тізімді экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, үтірмен бөлінген (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one learner per row and a header row.</source>
        <translation>Excel кітабы (.xlsx) немесе CSV файлы: бірінші жолда бағандардың тақырыптары, әр келесі жолда бір білім алушы.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автоматты анықтау</translation>
    </message>
    <message>
        <source>UTF-16 (Excel «Unicode text»)</source>
        <translation>UTF-16 (Excel-дегі «Unicode text»)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Үтір  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Нүктелі үтір  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Парақ:</translation>
    </message>
    <message>
        <source>Encoding (CSV):</source>
        <translation>Кодтау (CSV):</translation>
    </message>
    <message>
        <source>Delimiter (CSV):</source>
        <translation>Бөлгіш (CSV):</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Білім алушыларды импорттау</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv)</source>
        <translation>Электрондық кестелер (*.xlsx *.xlsm *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>sheet «{sheet}»</source>
        <translation>«{sheet}» парағы</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>{encoding} кодтауы</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of data</source>
        <translation>
            <numerusform>%n жол деректер</numerusform>
            <numerusform>%n жол деректер</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>under a header of %n column(s) ({where}).</source>
        <translation>
            <numerusform>%n бағаннан тұратын тақырып астында ({where}).</numerusform>
            <numerusform>%n бағаннан тұратын тақырып астында ({where}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Әкімшінің есептік жазбасын құру</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the administrator&apos;s account: the administrator adds the accounts of the other staff and decides what each may do.</source>
        <translation>Бұл дерекқорда қызметкерлердің есептік жазбалары әлі жоқ. Әкімшінің есептік жазбасын құрыңыз: әкімші басқа қызметкерлердің есептік жазбаларын қосып, олардың әрқайсысы не істей алатынын шешеді.</translation>
    </message>
    <message>
        <source>e.g. Aigerim Sarsenova</source>
        <translation>мысалы, Айгерім Сәрсенова</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Құру және кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Құпиясөз (&amp;тағы бір рет):</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Пайдаланушы атын таңдаңыз.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Есептік жазба құрылуда…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Cluster Desktop — first start</source>
        <translation>Cluster Desktop — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>&amp;Finish and log in</source>
        <translation>&amp;Аяқтау және кіру</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>Дерекқор дайындалуда…</translation>
    </message>
    <message>
        <source>Nothing you entered is saved; the program asks again at the next start. Quit?</source>
        <translation>Енгізілген мәліметтің ешқайсысы сақталмайды; бағдарлама келесі іске қосқанда қайта сұрайды. Шығасыз ба?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Edit the follow-up</source>
        <translation>Бақылауды өзгерту</translation>
    </message>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>%n айдан кейін</numerusform>
            <numerusform>%n айдан кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>Still employed</source>
        <translation>Әлі жұмыс істейді</translation>
    </message>
    <message>
        <source>…or in words, when not in the list</source>
        <translation>…немесе тізімде жоқ болса, сөзбен жазыңыз</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Қазіргі жұмыс орны</translation>
    </message>
    <message>
        <source>{job}, since {date}</source>
        <translation>{job}, {date} бастап</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(тізімде жоқ)</translation>
    </message>
    <message>
        <source>The follow-up has not been saved. Close without saving?</source>
        <translation>Бақылау сақталмады. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ештеңе сақталмады: қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <source>School grade</source>
        <translation>Мектеп сыныбы</translation>
    </message>
    <message>
        <source>Repeats a year</source>
        <translation>Екінші жылға қалды</translation>
    </message>
    <message>
        <source>Left school</source>
        <translation>Мектептен кетті</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Grade today</source>
        <translation>Бүгінгі сыныбы</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Academic year repeated</source>
        <translation>Қайталанған оқу жылы</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Кеткен күні</translation>
    </message>
    <message>
        <source>The learner has no school record with a grade.</source>
        <translation>Білім алушының сыныбы көрсетілген мектеп жазбасы жоқ.</translation>
    </message>
    <message>
        <source>recorded: grade {grade} in {year}</source>
        <translation>жазылғаны: {year} оқу жылында {grade}-сынып</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade}-сынып</translation>
    </message>
    <message>
        <source>finished school</source>
        <translation>мектепті бітірген</translation>
    </message>
    <message>
        <source>left school</source>
        <translation>мектептен кеткен</translation>
    </message>
    <message>
        <source>not at school yet</source>
        <translation>әлі мектепте емес</translation>
    </message>
</context>
<context>
    <name>GraduateJobs</name>
    <message>
        <source>Job</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>&amp;Record job…</source>
        <translation>Жұмысты &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Record where the graduate works (Ctrl+N)</source>
        <translation>Түлектің қайда жұмыс істейтінін тіркеу (Ctrl+N)</translation>
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
        <source>&amp;Follow-up…</source>
        <translation>&amp;Бақылау…</translation>
    </message>
    <message>
        <source>Still employed 6 or 12 months after the start?</source>
        <translation>Жұмыс басталғаннан 6 немесе 12 ай өткен соң әлі жұмыс істей ме?</translation>
    </message>
    <message>
        <source>De&amp;stination…</source>
        <translation>Ба&amp;ғыты…</translation>
    </message>
    <message>
        <source>Record a destination other than a job (further study, army, leave…) with its evidence</source>
        <translation>Жұмыстан басқа бағытты (оқуды жалғастыру, әскер, демалыс…) растауымен енгізу</translation>
    </message>
    <message>
        <source>Select a graduate to see their jobs.</source>
        <translation>Жұмыстарын көру үшін түлекті таңдаңыз.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>{specialty}, graduated {date}</source>
        <translation>{specialty}, бітірген күні {date}</translation>
    </message>
    <message>
        <source>still employed</source>
        <translation>әлі жұмыс істейді</translation>
    </message>
    <message>
        <source>no longer employed</source>
        <translation>енді жұмыс істемейді</translation>
    </message>
    <message>
        <source>After {months} months: {state}</source>
        <translation>{months} айдан кейін: {state}</translation>
    </message>
    <message>
        <source>⚠ No job recorded for this graduate.</source>
        <translation>⚠ Бұл түлектің жұмысқа орналасуы тіркелмеген.</translation>
    </message>
    <message>
        <source> No. {number}</source>
        <translation> № {number}</translation>
    </message>
    <message>
        <source>Evidence: {kind}{number} of {date}; recorded by {user}</source>
        <translation>Растауы: {kind}{number}, {date}; енгізген: {user}</translation>
    </message>
    <message>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Растайтын құжат: {text}</translation>
    </message>
    <message>
        <source>Delete the destination «{job}» of {name}? This cannot be undone.</source>
        <translation>{name} түлегінің «{job}» бағытын жою керек пе? Бұл әрекетті қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Delete the job «{job}» of {name} with its follow-ups? This cannot be undone.</source>
        <translation>{name}: «{job}» жұмысы бақылауларымен бірге жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete this follow-up of the job «{job}» of {name}? This cannot be undone.</source>
        <translation>{name}: «{job}» жұмысы бойынша осы бақылау жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
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
        <source>Form of study</source>
        <translation>Оқу нысаны</translation>
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
    <name>GuidanceSessionDialog</name>
    <message>
        <source>New guidance session</source>
        <translation>Жаңа кәсіптік бағдар беру іс-шарасы</translation>
    </message>
    <message>
        <source>Edit guidance session</source>
        <translation>Кәсіптік бағдар беру іс-шарасын өзгерту</translation>
    </message>
    <message>
        <source>Learners by name</source>
        <translation>Білім алушылар аты-жөнімен</translation>
    </message>
    <message>
        <source>Head counts by age group (no names)</source>
        <translation>Жас топтары бойынша саны (аты-жөнсіз)</translation>
    </message>
    <message>
        <source>Only the attendance of the way chosen here is saved.</source>
        <translation>Тек осы жерде таңдалған тәсілмен енгізілген қатысу сақталады.</translation>
    </message>
    <message>
        <source>Age group or grade</source>
        <translation>Жас тобы немесе сынып</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар саны</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Surname and initials</source>
        <translation>Тегі және аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <source>e.g. teacher of special subjects</source>
        <translation>мысалы, арнайы пәндер оқытушысы</translation>
    </message>
    <message>
        <source>(choose the enterprise)</source>
        <translation>(кәсіпорынды таңдаңыз)</translation>
    </message>
    <message>
        <source>Add &amp;age group</source>
        <translation>&amp;Жас тобын қосу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Жүргізуші</translation>
    </message>
    <message>
        <source>Instructor&apos;s name</source>
        <translation>Жүргізушінің аты-жөні</translation>
    </message>
    <message>
        <source>Position (college staff)</source>
        <translation>Лауазымы (колледж қызметкері)</translation>
    </message>
    <message>
        <source>Enterprise (specialist)</source>
        <translation>Кәсіпорын (маман)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Кім қатысты</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Enter the number of children of «{age_group}».</source>
        <translation>«{age_group}» тобындағы балалар санын енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Keep this session as a head count instead? The %n learner(s) named are counted without names in one age group: type the age group, then save.</source>
        <translation>
            <numerusform>Бұл іс-шараны оның орнына сан ретінде сақтау керек пе? Көрсетілген %n білім алушы бір жас тобында аты-жөнінсіз саналады: жас тобын жазып, сақтаңыз.</numerusform>
            <numerusform>Бұл іс-шараны оның орнына сан ретінде сақтау керек пе? Көрсетілген %n білім алушы бір жас тобында аты-жөнінсіз саналады: жас тобын жазып, сақтаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count instead of naming</source>
        <translation>Аты-жөнінсіз санау</translation>
    </message>
    <message>
        <source>The session has unsaved changes. Close without saving?</source>
        <translation>Іс-шарада сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Row {row}, column «{column}»: {message}</source>
        <translation>{row}-жол, «{column}» бағаны: {message}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>импортталмайды</translation>
    </message>
    <message>
        <source>Import of «{name}»</source>
        <translation>«{name}» файлын импорттау</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Импорт тоқтатылды: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Imported: new learners — {created}, updated — {updated}, enrolled in groups — {enrolled}.</source>
        <translation>Импортталды: жаңа білім алушылар — {created}, деректері жаңартылғандар — {updated}, топқа қабылданғандар — {enrolled}.</translation>
    </message>
    <message>
        <source>Groups created: {names}.</source>
        <translation>Құрылған топтар: {names}.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems, and only a complete file is imported.</source>
        <translation>Ештеңе импортталмады: кейбір жолдарда қате бар, ал файл тек толығымен импортталады.</translation>
    </message>
    <message>
        <source>Rows in the file: {rows}; valid: {valid}; with problems: {invalid}; already registered and skipped: {skipped}.</source>
        <translation>Файлдағы жолдар: {rows}; қатесіз: {valid}; қатесі бар: {invalid}; бұрыннан тіркелгендіктен өткізіліп жіберілгені: {skipped}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Импорт есебі</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Білім алушыларды импорттау</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Close the import and lose the choices made?</source>
        <translation>Әзірге ештеңе импортталған жоқ. Импортты жауып, таңдалғанды жоғалту керек пе?</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <source>Show incidents</source>
        <translation>Инциденттерді көрсету</translation>
    </message>
    <message numerus="yes">
        <source>%n personal-data incident(s) not yet notified; </source>
        <translation>
            <numerusform>Хабарланбаған дербес деректер инциденттері: %n; </numerusform>
            <numerusform>Хабарланбаған дербес деректер инциденттері: %n; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest was found %n day(s) ago.</source>
        <translation>
            <numerusform>ең ескісі %n күн бұрын анықталған.</numerusform>
            <numerusform>ең ескісі %n күн бұрын анықталған.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record whom you notified and when.</source>
        <translation>Кімге және қашан хабарлағаныңызды тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New personal-data incident</source>
        <translation>Дербес деректерге қатысты жаңа инцидент</translation>
    </message>
    <message>
        <source>Personal-data incident</source>
        <translation>Дербес деректерге қатысты инцидент</translation>
    </message>
    <message>
        <source>e.g. a USB stick with the intake list was lost</source>
        <translation>мысалы, қабылдау тізімі бар флешка жоғалды</translation>
    </message>
    <message>
        <source>e.g. applicants of 2025: names, IINs, phones</source>
        <translation>мысалы, 2025 жылғы талапкерлер: аты-жөні, ЖСН, телефондары</translation>
    </message>
    <message>
        <source>The notification has been made</source>
        <translation>Хабарлама жасалды</translation>
    </message>
    <message>
        <source>the authorised body; the subjects or their representatives</source>
        <translation>уәкілетті орган; субъектілер немесе олардың өкілдері</translation>
    </message>
    <message>
        <source>The incident has not been saved. Close without saving?</source>
        <translation>Инцидент сақталмады. Сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>not yet notified</source>
        <translation>әлі хабарланбаған</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Анықталған күні</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Хабарланды</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Жаңа инцидент…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>A leak, a lost stick, a list sent to the wrong address: record it the day it is found, with what was done, and record whom you notified (the authorised body, the people concerned) and when.</source>
        <translation>Деректердің таралуы, жоғалған флешка, қате мекенжайға жіберілген тізім: оны анықталған күні тіркеңіз, не істелгенін жазыңыз, сондай-ақ кімге (уәкілетті органға, қатысты адамдарға) қашан хабарлағаныңызды тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>IntakePlanDialog</name>
    <message>
        <source>Intake plan</source>
        <translation>Қабылдау жоспары</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Қабылдау жылы</translation>
    </message>
    <message>
        <source>(choose the specialty)</source>
        <translation>(мамандықты таңдаңыз)</translation>
    </message>
    <message>
        <source>Employers ask for {requested} in {year}; the forecast of graduates that year: {forecast}. Applications: {applied}, admitted: {admitted}.</source>
        <translation>Жұмыс берушілер {year} жылы {requested} адам сұрайды; сол жылғы түлектер болжамы: {forecast}. Өтініштер: {applied}, қабылданғаны: {admitted}.</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Close without saving?</source>
        <translation>Жоспарда сақталмаған өзгерістер бар. Сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Print a duplicate</source>
        <translation>Телнұсқаны басып шығару</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Сертификаттар беру</translation>
    </message>
    <message>
        <source>A duplicate gets its own number and is marked as a duplicate of the original.</source>
        <translation>Телнұсқаға жеке нөмір беріледі және ол түпнұсқаның телнұсқасы деп белгіленеді.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be issued. Each gets the next number of its series.</source>
        <translation>
            <numerusform>%n сертификат беріледі. Әрқайсысына өз сериясының келесі нөмірі беріледі.</numerusform>
            <numerusform>%n сертификат беріледі. Әрқайсысына өз сериясының келесі нөмірі беріледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Language of the blank</source>
        <translation>Бланк тілі</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Save PDFs to</source>
        <translation>PDF файлдарын сақтау қалтасы</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>PDF файлдарына арналған қалтаны таңдаңыз.</translation>
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
        <source>Anonymised after the keeping period: no name, IIN or contacts are kept.</source>
        <translation>Сақтау мерзімі өткеннен кейін анонимделген: аты-жөні, ЖСН және байланыс деректері сақталмайды.</translation>
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
        <source>finished school</source>
        <translation>мектепті бітірген</translation>
    </message>
    <message>
        <source>group {name}</source>
        <translation>{name} тобы</translation>
    </message>
    <message>
        <source>result {percent}% ({letter}, {mark} of 5)</source>
        <translation>нәтиже {percent}% ({letter}, 5 балдан {mark})</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>Career-guidance session: {topic}</source>
        <translation>Кәсіптік бағдар беру іс-шарасы: {topic}</translation>
    </message>
    <message>
        <source>Dual-education period</source>
        <translation>Дуалды оқыту кезеңі</translation>
    </message>
    <message>
        <source>Practice placement</source>
        <translation>Өндірістік практика</translation>
    </message>
    <message>
        <source>Employed as {position}</source>
        <translation>Жұмысқа орналасты: {position}</translation>
    </message>
    <message>
        <source>Follow-up after {months} months</source>
        <translation>{months} айдан кейінгі бақылау</translation>
    </message>
    <message>
        <source>After graduation: {destination}</source>
        <translation>Бітіргеннен кейін: {destination}</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>телнұсқа</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кері қайтарып алынған</translation>
    </message>
    <message>
        <source>mentor {name}</source>
        <translation>тәлімгер {name}</translation>
    </message>
    <message>
        <source>still employed</source>
        <translation>әлі жұмыс істейді</translation>
    </message>
    <message>
        <source>no longer employed</source>
        <translation>енді жұмыс істемейді</translation>
    </message>
</context>
<context>
    <name>KeepingPeriodsDialog</name>
    <message>
        <source>Keeping periods</source>
        <translation>Сақтау мерзімдері</translation>
    </message>
    <message>
        <source>How many years each kind of personal record is kept after the event that ends its purpose. Records past their period are listed under Settings → Records past their keeping period, where they can be anonymised.</source>
        <translation>Дербес деректердің әр түрі мақсаты аяқталған оқиғадан кейін неше жыл сақталады. Мерзімі өткен жазбалар Баптаулар → Сақтау мерзімі өткен жазбалар тізімінде көрсетіледі, оларды сол жерде анонимдеуге болады.</translation>
    </message>
    <message>
        <source>yr.</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>The college&apos;s default: {years}</source>
        <translation>Колледждің әдепкі мәні: {years}</translation>
    </message>
    <message>
        <source>The keeping periods have not been saved. Close without saving?</source>
        <translation>Сақтау мерзімдері сақталмады. Сақтамай жабу керек пе?</translation>
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
        <translation>Кәсіптік бағдар беру іс-шарасы</translation>
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
    <message>
        <source>(in Kazakh)</source>
        <translation>(қаз.)</translation>
    </message>
    <message>
        <source>(in Russian)</source>
        <translation>(орыс.)</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(ағылш.)</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Күндізгі</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Сырттай</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Қашықтықтан</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарып алынған</translation>
    </message>
    <message>
        <source>Memorandum of cooperation</source>
        <translation>Ынтымақтастық туралы меморандум</translation>
    </message>
    <message>
        <source>Dual education (tripartite)</source>
        <translation>Дуалды оқыту туралы үшжақты шарт</translation>
    </message>
    <message>
        <source>Practice placement</source>
        <translation>Практикадан өту туралы шарт</translation>
    </message>
    <message>
        <source>Target training</source>
        <translation>Мақсатты даярлау туралы шарт</translation>
    </message>
    <message>
        <source>Academic partnership</source>
        <translation>Академиялық серіктестік</translation>
    </message>
    <message>
        <source>Received document</source>
        <translation>Алынған құжат</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Мерзімі жақында бітеді</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Бұзылған</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Өндірістік практика</translation>
    </message>
    <message>
        <source>Dual-education period</source>
        <translation>Дуалды оқыту кезеңі</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Жүріп жатыр</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <source>Career-guidance talk</source>
        <translation>Кәсіптік бағдар беру әңгімесі</translation>
    </message>
    <message>
        <source>Master class</source>
        <translation>Шеберлік сабағы</translation>
    </message>
    <message>
        <source>Excursion to the enterprise</source>
        <translation>Кәсіпорынға экскурсия</translation>
    </message>
    <message>
        <source>Practical lesson</source>
        <translation>Практикалық сабақ</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Байқау</translation>
    </message>
    <message>
        <source>College staff</source>
        <translation>Колледж қызметкері</translation>
    </message>
    <message>
        <source>Enterprise specialist</source>
        <translation>Кәсіпорын маманы</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Мерзімсіз еңбек шарты</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Мерзімді еңбек шарты</translation>
    </message>
    <message>
        <source>Under a target-training agreement</source>
        <translation>Мақсатты даярлау туралы шарт бойынша</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Шәкірттік</translation>
    </message>
</context>
<context>
    <name>LanguageFields</name>
    <message>
        <source>in Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>ағылшынша</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Cluster Desktop</source>
        <translation>Cluster Desktop бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>A few questions before the first start: the language, where the data lives, the college and the administrator.</source>
        <translation>Алғашқы іске қосу алдында бірнеше сұрақ: интерфейс тілі, деректер қайда сақталатыны, колледж және әкімші.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейс тілі:</translation>
    </message>
    <message>
        <source>The language can be changed later under View → Language.</source>
        <translation>Тілді кейін Көрініс → Тіл мәзірінде өзгертуге болады.</translation>
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
        <source>only where the passport differs, e.g. Kassymov Nurlan</source>
        <translation>тек паспортта басқаша жазылса, мысалы Kassymov Nurlan</translation>
    </message>
    <message>
        <source>mother, father, guardian…</source>
        <translation>анасы, әкесі, қамқоршысы…</translation>
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
        <source>Name in Latin letters</source>
        <translation>Латын әріптерімен аты-жөні</translation>
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
        <source>Form number</source>
        <translation>Бланк нөмірі</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Мақсаттары</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Келісім берген</translation>
    </message>
    <message>
        <source>Consent signed at registration</source>
        <translation>Тіркеу кезінде қол қойылған келісім</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Consents and their withdrawals are recorded on the learner&apos;s card.</source>
        <translation>Келісімдер мен оларды кері қайтарып алу білім алушының карточкасында тіркеледі.</translation>
    </message>
    <message numerus="yes">
        <source>Until the end of studies and %n year(s) after (the college&apos;s standard form)</source>
        <translation>
            <numerusform>Оқу аяқталғанға дейін және одан кейін %n жыл (колледждің үлгілік бланкісі)</numerusform>
            <numerusform>Оқу аяқталғанға дейін және одан кейін %n жыл (колледждің үлгілік бланкісі)</numerusform>
        </translation>
    </message>
    <message>
        <source>The learner has unsaved changes. Close without saving?</source>
        <translation>Білім алушы туралы сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>Find a learner by name or IIN…</source>
        <translation>Білім алушыны аты-жөні немесе ЖСН бойынша табу…</translation>
    </message>
    <message>
        <source>&amp;Attach ↓</source>
        <translation>&amp;Тіркеу ↓</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>Attached: %n learner(s)</source>
        <translation>
            <numerusform>Тіркелген: %n білім алушы</numerusform>
            <numerusform>Тіркелген: %n білім алушы</numerusform>
        </translation>
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
        <source>Pupils of this school today</source>
        <translation>Бүгін осы мектептің оқушылары</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Барлық мектептер</translation>
    </message>
    <message>
        <source>Pupils in this grade today (the grade moves up each 1 September)</source>
        <translation>Бүгін осы сыныптағы оқушылар (сынып әр 1 қыркүйекте ауысады)</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Барлық сыныптар</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-сынып</translation>
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
    <message>
        <source>School &amp;grade…</source>
        <translation>Мектеп &amp;сыныбы…</translation>
    </message>
    <message>
        <source>Record that the pupil repeats a year or has left school</source>
        <translation>Оқушының екінші жылға қалғанын немесе мектептен кеткенін жазу</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import learners from Excel or CSV (Ctrl+I)</source>
        <translation>Білім алушыларды Excel немесе CSV файлынан импорттау (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Тізімді көрсетілген күйінде Excel немесе CSV файлына экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Дербес деректер…</translation>
    </message>
    <message>
        <source>Print everything the college holds about the learner, for them (personal-data law)</source>
        <translation>Колледж білім алушы туралы сақтайтын барлық мәліметті оның өзіне беру үшін басып шығару (дербес деректер туралы заң)</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Мектеп:</translation>
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
    <message>
        <source>learners</source>
        <translation>білім_алушылар</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Cluster Desktop</source>
        <translation>Жүйеге кіру — Cluster Desktop</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Who is working? Log in with your staff account.</source>
        <translation>Кім жұмыс істейді? Қызметкердің есептік жазбасымен жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
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
        <source>Certificates</source>
        <translation>Сертификаттар</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
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
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Келісімшарттар</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Guidance sessions</source>
        <translation>Кәсіптік бағдар</translation>
    </message>
    <message>
        <source>Employer demand</source>
        <translation>Жұмыс берушілер сұранысы</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Басқару тақтасы</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорталар</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденттер</translation>
    </message>
    <message>
        <source>Log in to continue.</source>
        <translation>Жалғастыру үшін жүйеге кіріңіз.</translation>
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
        <source>Change &amp;password…</source>
        <translation>&amp;Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Жүйеден шығу</translation>
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
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;College details…</source>
        <translation>&amp;Колледж деректемелері…</translation>
    </message>
    <message>
        <source>&amp;Document texts…</source>
        <translation>Құжат &amp;мәтіндері…</translation>
    </message>
    <message>
        <source>&amp;Qualifications…</source>
        <translation>&amp;Біліктіліктер…</translation>
    </message>
    <message>
        <source>&amp;Roles and personal data…</source>
        <translation>&amp;Рөлдер және дербес деректер…</translation>
    </message>
    <message>
        <source>&amp;Keeping periods…</source>
        <translation>&amp;Сақтау мерзімдері…</translation>
    </message>
    <message>
        <source>Records past their keeping &amp;period…</source>
        <translation>Сақтау &amp;мерзімі өткен жазбалар…</translation>
    </message>
    <message>
        <source>Own &amp;consent at 18…</source>
        <translation>18 жастағы өз &amp;келісімі…</translation>
    </message>
    <message>
        <source>Standard consent &amp;form…</source>
        <translation>Келісімнің үлгілік &amp;бланкісі…</translation>
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
        <source>demo administrator</source>
        <translation>демо-әкімші</translation>
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
    <name>OrganisationDialog</name>
    <message>
        <source>New partner</source>
        <translation>Жаңа серіктес</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Серіктестің деректерін өзгерту</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code (ISO 3166): outside KZ, naming learners to it is a transfer abroad</source>
        <translation>Елдің екі әріпті коды (ISO 3166): KZ-тен тыс болса, оған білім алушыларды атау — шетелге беру болып саналады</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
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
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ЖСК (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БСК</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Қол қоюшының лауазымы</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Signatory&apos;s sex</source>
        <translation>Қол қоюшының жынысы</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Түркия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>The partner has unsaved changes. Close without saving?</source>
        <translation>Серіктес туралы сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Келісімшарттар</translation>
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
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Search by name, BIN or contact…</source>
        <translation>Атауы, БСН немесе байланыс тұлғасы бойынша іздеу…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>Серіктес &amp;қосу…</translation>
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
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Тізімді көрсетілген күйінде Excel немесе CSV файлына экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;New agreement with this partner…</source>
        <translation>Осы серіктеспен жаңа &amp;келісімшарт…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n серіктес</numerusform>
            <numerusform>%n серіктес</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a partner to see its agreements.</source>
        <translation>Келісімшарттарын көру үшін серіктесті таңдаңыз.</translation>
    </message>
    <message>
        <source>Agreements with {name}</source>
        <translation>{name} ұйымымен жасалған келісімшарттар</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Серіктесті жою</translation>
    </message>
    <message>
        <source>Delete {name} from the partners? This cannot be undone.</source>
        <translation>{name} серіктестер тізімінен жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Сақтық көшірменің құпия фразасы</translation>
    </message>
    <message>
        <source>Use a new passphrase from now on</source>
        <translation>Бұдан былай жаңа құпия фразаны қолдану</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Қайталап енгізіңіз:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба.</numerusform>
            <numerusform>Кемінде %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза бір-біріне сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қайта орнату</translation>
    </message>
    <message>
        <source>Your account: {name}.</source>
        <translation>Сіздің есептік жазбаңыз: {name}.</translation>
    </message>
    <message>
        <source>A new password for {name}. Tell it to them in person; they can change it later.</source>
        <translation>{name} үшін жаңа құпиясөз. Оны иесіне жеке өзіңіз айтыңыз; кейін ол құпиясөзді өзгерте алады.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Жаңа құпиясөз (&amp;тағы бір рет):</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Қазіргі құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Екі құпиясөз бір-біріне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Құпиясөз ойлап табыңыз.</translation>
    </message>
</context>
<context>
    <name>PastPeriodDialog</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Why it was kept</source>
        <translation>Сақталу негізі</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Сақталу мерзімі</translation>
    </message>
    <message>
        <source>Records past their keeping period</source>
        <translation>Сақтау мерзімі өткен жазбалар</translation>
    </message>
    <message>
        <source>People whose every record is past its keeping period on {day} (Settings → Keeping periods). Anonymising removes the name, IIN, contacts and representative and keeps the counts, results, certificate numbers and outcomes.</source>
        <translation>{day} күні барлық жазбаларының сақтау мерзімі өткен адамдар (Баптаулар → Сақтау мерзімдері). Анонимдеу аты-жөнді, ЖСН-ді, байланыс деректерін және заңды өкілді жояды, ал сандар, нәтижелер, куәлік нөмірлері мен түлектердің тағдыры сақталады.</translation>
    </message>
    <message>
        <source>&amp;Anonymise selected…</source>
        <translation>Таңдалғандарды &amp;анонимдеу…</translation>
    </message>
    <message>
        <source>Anonymise &amp;all listed…</source>
        <translation>Тізімдегілердің &amp;бәрін анонимдеу…</translation>
    </message>
    <message numerus="yes">
        <source>Personal-data incidents past their keeping period: %n (the oldest found on {day}; see the Incidents page).</source>
        <translation>
            <numerusform>Сақтау мерзімі өткен дербес деректер инциденттері: %n (ең ескісі {day} күні анықталған; «Инциденттер» бетін қараңыз).</numerusform>
            <numerusform>Сақтау мерзімі өткен дербес деректер инциденттері: %n (ең ескісі {day} күні анықталған; «Инциденттер» бетін қараңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) past the keeping period</source>
        <translation>
            <numerusform>Сақтау мерзімі өткен %n жазба</numerusform>
            <numerusform>Сақтау мерзімі өткен %n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s)? Names, IINs, contacts and representatives are removed for good: this cannot be undone except by restoring a backup made before it.</source>
        <translation>
            <numerusform>%n жазбаны анонимдеу керек пе? Аты-жөндер, ЖСН, байланыс деректері мен заңды өкілдер біржола жойылады: мұны тек одан бұрын жасалған сақтық көшірмені қалпына келтіру арқылы ғана қайтаруға болады.</numerusform>
            <numerusform>%n жазбаны анонимдеу керек пе? Аты-жөндер, ЖСН, байланыс деректері мен заңды өкілдер біржола жойылады: мұны тек одан бұрын жасалған сақтық көшірмені қалпына келтіру арқылы ғана қайтаруға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise records</source>
        <translation>Жазбаларды анонимдеу</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Анонимдеу…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%n жазба анонимделді.</numerusform>
            <numerusform>%n жазба анонимделді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was anonymised.</source>
        <translation>Тоқтатылды: ештеңе анонимделген жоқ.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Басқа атпен &amp;сақтау…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Бүкіл бет</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
</context>
<context>
    <name>PendingCertificates</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Аяқтаған күні</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Аты-жөні немесе ЖСН бойынша іздеу…</translation>
    </message>
    <message>
        <source>All programme kinds</source>
        <translation>Бағдарламаның барлық түрлері</translation>
    </message>
    <message>
        <source>Show every group again</source>
        <translation>Барлық топтарды қайта көрсету</translation>
    </message>
    <message>
        <source>One language per blank</source>
        <translation>Бір бланк — бір тіл</translation>
    </message>
    <message>
        <source>Whole &amp;group</source>
        <translation>Бүкіл &amp;топ</translation>
    </message>
    <message>
        <source>Show only the selected learner&apos;s group</source>
        <translation>Тек таңдалған білім алушының тобын көрсету</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;Issue for selected…</source>
        <translation>Таңдалғандарға &amp;беру…</translation>
    </message>
    <message>
        <source>Issue for &amp;all shown…</source>
        <translation>&amp;Көрсетілгендердің бәріне беру…</translation>
    </message>
    <message>
        <source>Blank in:</source>
        <translation>Бланк тілі:</translation>
    </message>
    <message>
        <source>Group {name} ✕</source>
        <translation>{name} тобы ✕</translation>
    </message>
    <message numerus="yes">
        <source>%n without a certificate</source>
        <translation>
            <numerusform>Сертификатсыз: %n</numerusform>
            <numerusform>Сертификатсыз: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>Алдын ала қарау: {name}</translation>
    </message>
    <message>
        <source>Issued {done} of {total}</source>
        <translation>Берілді: {done} / {total}</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>Сертификаттар берілуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued, from {first} to {last}.</source>
        <translation>
            <numerusform>%n сертификат берілді: {first} нөмірінен {last} нөміріне дейін.</numerusform>
            <numerusform>%n сертификат берілді: {first} нөмірінен {last} нөміріне дейін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Берілген сертификаттар</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n certificate(s) had been issued and saved.</source>
        <translation>
            <numerusform>Тоқтатылды: оған дейін %n сертификат беріліп, сақталды.</numerusform>
            <numerusform>Тоқтатылды: оған дейін %n сертификат беріліп, сақталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) were issued before the problem.</source>
        <translation>
            <numerusform>Қате шыққанға дейін %n сертификат берілді.</numerusform>
            <numerusform>Қате шыққанға дейін %n сертификат берілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>New placement</source>
        <translation>Жаңа практика</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Практиканы өзгерту</translation>
    </message>
    <message>
        <source>&amp;Choose ↓</source>
        <translation>&amp;Таңдау ↓</translation>
    </message>
    <message>
        <source>Leave empty while the end is not known</source>
        <translation>Аяқталу күні белгісіз болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісімшарт</translation>
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
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>(choose the enterprise)</source>
        <translation>(кәсіпорынды таңдаңыз)</translation>
    </message>
    <message>
        <source>The placement has unsaved changes. Close without saving?</source>
        <translation>Практикада сақталмаған өзгерістер бар. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісімшарт</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Search by learner, IIN, enterprise, mentor or agreement…</source>
        <translation>Білім алушы, ЖСН, кәсіпорын, тәлімгер немесе келісімшарт бойынша іздеу…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Кез келген жыл</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>Барлық кәсіпорындар</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>Практика &amp;қосу…</translation>
    </message>
    <message>
        <source>New practice placement or dual-education period (Ctrl+Shift+N)</source>
        <translation>Жаңа өндірістік практика немесе дуалды оқыту кезеңі (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n практика</numerusform>
            <numerusform>%n практика</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the placement of {name} at {enterprise} from {start}? This cannot be undone.</source>
        <translation>Практика жойылсын ба? Білім алушы: {name}, кәсіпорын: {enterprise}, басталу күні: {start}. Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Практиканы жою</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check and import</source>
        <translation>Тексеру және импорттау</translation>
    </message>
    <message>
        <source>Cells with problems are red; point at one to read what is wrong.</source>
        <translation>Қатесі бар ұяшықтар қызылмен белгіленген; не дұрыс емес екенін оқу үшін тінтуірді ұяшыққа апарыңыз.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Import all rows or none</source>
        <translation>Барлық жолды импорттау (қате болса — ешқайсысын)</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Тек қатесіз жолдарды импорттау</translation>
    </message>
    <message>
        <source>Skip learners already registered</source>
        <translation>Тіркеліп қойған білім алушыларды өткізіп жіберу</translation>
    </message>
    <message>
        <source>Update learners already registered</source>
        <translation>Тіркеліп қойған білім алушылардың деректерін жаңарту</translation>
    </message>
    <message>
        <source>Consents collected on paper on:</source>
        <translation>Қағаз түріндегі келісімдер жиналған күн:</translation>
    </message>
    <message>
        <source>Rows without a consent date: the consent was collected on paper on this day, for the purposes of the college&apos;s standard form unless the row lists them.</source>
        <translation>Келісім күні жоқ жолдар: келісім осы күні қағазда жиналған, жолда мақсаттары көрсетілмесе — колледждің үлгілік бланкісіндегі мақсаттарға.</translation>
    </message>
    <message>
        <source>Create missing groups in:</source>
        <translation>Жоқ топтарды мына бағдарламада құру:</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Тек қатесі бар жолдарды көрсету</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Әр жол тексерілуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n жол:</numerusform>
            <numerusform>%n жол:</numerusform>
        </translation>
    </message>
    <message>
        <source>ready — {valid}, with problems — {invalid}, already registered and skipped — {skipped}.</source>
        <translation>дайын — {valid}, қатесі бар — {invalid}, бұрын тіркелген, өткізіліп жіберілді — {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>Of the ready rows, %n update(s) a learner already registered.</source>
        <translation>
            <numerusform>Дайын жолдардың %n бұрын тіркелген білім алушының деректерін жаңартады.</numerusform>
            <numerusform>Дайын жолдардың %n бұрын тіркелген білім алушылардың деректерін жаңартады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents recorded with the new learners: {listed} with the purposes the file lists, {standard} on the college&apos;s standard form.</source>
        <translation>Жаңа білім алушылармен бірге тіркелетін келісімдер: файлда көрсетілген мақсаттармен — {listed}, колледждің үлгілік бланкісі бойынша — {standard}.</translation>
    </message>
    <message>
        <source>Fix the file, or choose to import the valid rows only.</source>
        <translation>Файлды түзетіңіз немесе тек қатесіз жолдарды импорттауды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>PrivacyRolesDialog</name>
    <message>
        <source>Roles and personal data</source>
        <translation>Рөлдер және дербес деректер</translation>
    </message>
    <message>
        <source>Record and withdraw consents</source>
        <translation>Келісімдерді тіркеу және кері қайтару</translation>
    </message>
    <message>
        <source>Print a person&apos;s access report</source>
        <translation>Адам туралы деректер есебін басып шығару</translation>
    </message>
    <message>
        <source>Anonymise records past their keeping period</source>
        <translation>Сақтау мерзімі өткен жазбаларды иесіздендіру</translation>
    </message>
    <message>
        <source>Keep the incident log</source>
        <translation>Инциденттер журналын жүргізу</translation>
    </message>
    <message>
        <source>Who may do what the personal-data law governs. Administrators always may; a viewer, who changes nothing, may be allowed only to print access reports. Others see the change from their next login; the program obeys it at once.</source>
        <translation>Дербес деректер туралы заң реттейтін әрекеттерді кім орындай алады. Әкімшілер әрқашан орындай алады; ештеңені өзгертпейтін қараушыға тек деректер есебін басып шығаруға рұқсат беруге болады. Басқа пайдаланушылар өзгерісті келесі кіргенде көреді; бағдарлама оны бірден қолданады.</translation>
    </message>
    <message>
        <source>Who may do what has not been saved. Close without saving?</source>
        <translation>Рұқсаттар сақталмады. Сақтамай жабу керек пе?</translation>
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
        <source>A qualification&apos;s names in each language come from the catalogue when the programme is saved</source>
        <translation>Бағдарлама сақталғанда біліктіліктің әр тілдегі атауы анықтамалықтан алынады</translation>
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
        <source>Name</source>
        <translation>Атауы</translation>
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
        <source>E&amp;xport groups…</source>
        <translation>Топтарды &amp;экспорттау…</translation>
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
    <message>
        <source>groups</source>
        <translation>топтар</translation>
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
    <name>QualificationCombo</name>
    <message>
        <source>Type part of the code or name, e.g. 0724 or горный</source>
        <translation>Кодтың немесе атаудың бөлігін теріңіз, мысалы 0724 немесе кен</translation>
    </message>
    <message>
        <source> (needs checking)</source>
        <translation> (тексеру керек)</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Qualification catalogue</source>
        <translation>Біліктілік анықтамалығы</translation>
    </message>
    <message>
        <source>Find by code or name…</source>
        <translation>Код не атау бойынша іздеу…</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <source>e.g. 07240100 or 3W07240106</source>
        <translation>мысалы, 07240100 немесе 3W07240106</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>(none: the entry is a specialty)</source>
        <translation>(жоқ: жазба — мамандық)</translation>
    </message>
    <message>
        <source> (needs checking)</source>
        <translation> (тексеру керек)</translation>
    </message>
    <message>
        <source>The catalogue entry has unsaved changes. Close without saving?</source>
        <translation>Анықтамалық жазбасында сақталмаған өзгерістер бар. Сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <source>Revoked {date}: {reason}</source>
        <translation>{date} күні кері қайтарып алынды: {reason}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
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
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Түпнұсқа нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Search by number, name or IIN…</source>
        <translation>Нөмір, аты-жөні немесе ЖСН бойынша іздеу…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>All programme kinds</source>
        <translation>Бағдарламаның барлық түрлері</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Кез келген жыл</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>Қайта &amp;басып шығару…</translation>
    </message>
    <message>
        <source>The same blank with the same number, e.g. after a paper jam</source>
        <translation>Сол нөмірмен сол бланк, мысалы, қағаз кептеліп қалғаннан кейін</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Телнұсқа…</translation>
    </message>
    <message>
        <source>A new blank with its own number, marked as a duplicate, for a lost certificate</source>
        <translation>Жоғалған сертификаттың орнына жеке нөмірі бар, телнұсқа деп белгіленген жаңа бланк</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Кері &amp;қайтарып алу…</translation>
    </message>
    <message>
        <source>&amp;Export the book…</source>
        <translation>Кітапты &amp;экспорттау…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n сертификат</numerusform>
            <numerusform>%n сертификат</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>Duplicate {number}</source>
        <translation>Телнұсқа {number}</translation>
    </message>
    <message>
        <source>Revoke certificate {number}</source>
        <translation>{number} сертификатын кері қайтарып алу</translation>
    </message>
    <message>
        <source>Why is the certificate of {name} revoked? The number stays in the registry.</source>
        <translation>{name} атына берілген сертификат неге кері қайтарып алынады? Нөмірі тізілімде қалады.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Сертификатты кері қайтарып алу</translation>
    </message>
    <message>
        <source>Revoke certificate {number} of {name}? It will be reported as revoked when checked.</source>
        <translation>{name} атына берілген {number} сертификаты кері қайтарып алынсын ба? Тексерген кезде ол кері қайтарып алынған деп көрсетіледі.</translation>
    </message>
    <message>
        <source>Export the book of certificates</source>
        <translation>Сертификаттар кітабын экспорттау</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Book of certificates</source>
        <translation>Сертификаттар кітабы</translation>
    </message>
    <message>
        <source>Writing the book…</source>
        <translation>Кітап жазылуда…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Outcome report</source>
        <translation>Нәтижелер есебі</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Бүкіл жыл</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number}-тоқсан</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, басып шығару үшін</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel кітабы (XLSX)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Есепті кезең</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>The report lists the graduates without a recorded job by name: keep the file as personal data.</source>
        <translation>Есепте жұмысқа орналасуы тіркелмеген түлектер аты-жөнімен көрсетіледі: файлды дербес деректер ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <source>outcome-report</source>
        <translation>нәтижелер-есебі</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing «{name}»…</source>
        <translation>«{name}» жазылуда…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <source>Saved to «{path}».</source>
        <translation>«{path}» файлына сақталды.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>All current data will be replaced by the data in this backup, and the program will reopen it. A safety copy of the current data and keys is kept in the data folder.</source>
        <translation>Қазіргі барлық деректер осы сақтық көшірмедегі деректермен алмастырылады, содан кейін бағдарлама оларды қайта ашады. Қауіпсіздік үшін қазіргі деректер мен кілттердің көшірмесі деректер қалтасында сақталады.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
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
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Есепті &amp;сақтау…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>%n жол импортталуда…</numerusform>
            <numerusform>%n жол импортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Импорт тоқтатылды: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed:</source>
        <translation>Импорт сәтсіз аяқталды, ештеңе өзгертілмеді:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Мәтін (*.txt)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV кестесі (*.csv)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Қатысқандар</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>Іс-шара &amp;қосу…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n іс-шара</numerusform>
            <numerusform>%n іс-шара</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to see who came.</source>
        <translation>Кім қатысқанын көру үшін іс-шараны таңдаңыз.</translation>
    </message>
    <message>
        <source>{topic}, {date}</source>
        <translation>{topic}, {date}</translation>
    </message>
    <message>
        <source>{stage} · {place}</source>
        <translation>{stage} · {place}</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n hour(s)</source>
        <translation>
            <numerusform>{kind}, %n сағат</numerusform>
            <numerusform>{kind}, %n сағат</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised by {organiser}</source>
        <translation>Ұйымдастырушы: {organiser}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) by name</source>
        <translation>
            <numerusform>%n білім алушы (аты-жөнімен)</numerusform>
            <numerusform>%n білім алушы (аты-жөнімен)</numerusform>
        </translation>
    </message>
    <message>
        <source>Age group or grade</source>
        <translation>Жас тобы немесе сынып</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Балалар саны</translation>
    </message>
    <message>
        <source>Search by topic, place, organiser or instructor…</source>
        <translation>Тақырып, орын, ұйымдастырушы не жүргізуші бойынша іздеу…</translation>
    </message>
    <message>
        <source>Led by {instructor}</source>
        <translation>Жүргізген: {instructor}</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) counted, without names</source>
        <translation>
            <numerusform>%n бала есептелді (аты-жөнсіз)</numerusform>
            <numerusform>%n бала есептелді (аты-жөнсіз)</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>Қатысу тіркелмеген.</translation>
    </message>
    <message>
        <source>Delete the session «{topic}» of {date} with its attendance? This cannot be undone.</source>
        <translation>{date} күнгі «{topic}» іс-шарасы қатысу деректерімен бірге жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Іс-шараны жою</translation>
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
<context>
    <name>StandardConsentDialog</name>
    <message>
        <source>Standard consent form</source>
        <translation>Келісімнің үлгілік бланкісі</translation>
    </message>
    <message>
        <source>What the college&apos;s paper consent form allows. A new learner&apos;s consent starts with these purposes ticked, and imported rows that list no purposes get them.</source>
        <translation>Колледждің қағаз келісім бланкісі неге рұқсат береді. Жаңа білім алушының келісімінде осы мақсаттар алдын ала белгіленеді, ал мақсаттары көрсетілмеген импорттағы жолдар оларды алады.</translation>
    </message>
    <message>
        <source>yr. after the end of studies</source>
        <translation>жыл оқу аяқталғаннан кейін</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Мақсаттары</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>The standard consent form has not been saved. Close without saving?</source>
        <translation>Келісімнің үлгілік бланкісі сақталмады. Сақтамай жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тартасыз ба?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close without saving?</source>
        <translation>Енгізілген мәлімет сақталмады. Сақтамай жабасыз ба?</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Username</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Есептік жазба &amp;қосу…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Рөлді өзгерту</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Құпиясөзді қайта &amp;орнату…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Белсенсіз ету</translation>
    </message>
    <message>
        <source>Administrators manage accounts and settings; registrars keep the records; viewers read and print.</source>
        <translation>Әкімшілер есептік жазбалар мен баптауларды басқарады; тіркеушілер деректерді жүргізеді; қараушылар тек қарап, басып шығарады.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>{time} дейін бұғатталған</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Б&amp;елсенді ету</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Сертификатты тексеру</translation>
    </message>
    <message>
        <source>Scan the QR code, paste its text or type the certificate&apos;s number</source>
        <translation>QR кодты сканерлеңіз, оның мәтінін қойыңыз немесе құжаттың нөмірін теріңіз</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>Open &amp;PDF…</source>
        <translation>PDF &amp;ашу…</translation>
    </message>
    <message>
        <source>Export the &amp;public key…</source>
        <translation>&amp;Ашық кілтті экспорттау…</translation>
    </message>
    <message>
        <source>For a partner who wants to check this college&apos;s certificates with their own tools</source>
        <translation>Колледж сертификаттарын өз құралдарымен тексергісі келетін серіктеске арналған</translation>
    </message>
    <message>
        <source>The check needs no internet: the signature and the registry are on this PC.</source>
        <translation>Тексеру үшін интернет қажет емес: қолтаңба мен тізілім осы компьютерде сақталған.</translation>
    </message>
    <message>
        <source>Open a certificate PDF</source>
        <translation>Сертификаттың PDF файлын ашу</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Ашық кілтті экспорттау</translation>
    </message>
    <message>
        <source>PEM key (*.pem)</source>
        <translation>PEM кілті (*.pem)</translation>
    </message>
    <message>
        <source>The public key was written to {path}.</source>
        <translation>Ашық кілт {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Cannot check: {reason}</source>
        <translation>Тексеру мүмкін емес: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{verdict} (%n certificate(s) in the file)</source>
        <translation>
            <numerusform>{verdict} (файлда %n куәлік)</numerusform>
            <numerusform>{verdict} (файлда %n куәлік)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the certificate is genuine and in force.</source>
        <translation>Жарамды: сертификат түпнұсқа әрі күшінде.</translation>
    </message>
    <message>
        <source>Revoked: the certificate is genuine but no longer in force.</source>
        <translation>Кері қайтарып алынған: сертификат түпнұсқа, бірақ енді күшінде емес.</translation>
    </message>
    <message>
        <source>Altered or forged: the signature does not match the text.</source>
        <translation>Өзгертілген немесе жалған: қолтаңба мәтінге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Unknown: this certificate is not in this college&apos;s registry.</source>
        <translation>Белгісіз: бұл сертификат осы колледждің тізілімінде жоқ.</translation>
    </message>
    <message>
        <source>Not a certificate of this program.</source>
        <translation>Бұл сертификат Cluster Desktop бағдарламасында жасалмаған.</translation>
    </message>
    <message>
        <source>Altered or forged: {reason}</source>
        <translation>Өзгертілген немесе жалған: {reason}</translation>
    </message>
    <message>
        <source>Valid: {number} is a certificate of this college in force.</source>
        <translation>Жарамды: {number} — осы колледждің күшіндегі құжаты.</translation>
    </message>
    <message>
        <source>Unknown: there is no certificate {number} in this college&apos;s registry.</source>
        <translation>Белгісіз: колледж тізілімінде {number} нөмірлі құжат жоқ.</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Нөмірі: {number}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Аты-жөні: {name}</translation>
    </message>
    <message>
        <source>Programme: {programme}</source>
        <translation>Бағдарлама: {programme}</translation>
    </message>
    <message>
        <source>Issued on: {date}</source>
        <translation>Берілген күні: {date}</translation>
    </message>
    <message>
        <source>Duplicate of certificate {number}</source>
        <translation>№ {number} құжаттың телнұсқасы</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>{date} күні кері қайтарып алынды: {reason}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>Келісімді кері қайтарып алу</translation>
    </message>
    <message>
        <source>Signed on {day} ({giver})</source>
        <translation>{day} күні қол қойылған ({giver})</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Purposes to withdraw</source>
        <translation>Кері қайтарылатын мақсаттар</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <source>The learner has no consent with a purpose left to withdraw.</source>
        <translation>Білім алушының кері қайтарып алуға болатын мақсаты бар келісімі жоқ.</translation>
    </message>
</context>
</TS>
