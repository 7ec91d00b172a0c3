<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccessReportDialog</name>
    <message>
        <source>Personal data report</source>
        <translation>Отчёт о персональных данных</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>О ком</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Everything the college holds about the person: personal data, studies, documents, agreements, jobs, consents and who changed their records. Hand it only to the person or their legal representative; the printing is recorded in the audit log.</source>
        <translation>Всё, что колледж хранит о человеке: персональные данные, обучение, документы, договоры, работа, согласия и кто изменял его записи. Передавайте отчёт только самому человеку или его законному представителю; печать записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>personal-data</source>
        <translation>персональные-данные</translation>
    </message>
    <message>
        <source>Save the personal data report</source>
        <translation>Сохранить отчёт о персональных данных</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing «{name}»…</source>
        <translation>Запись файла «{name}»…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>Saved to «{path}».</source>
        <translation>Сохранено в «{path}».</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Новая учётная запись сотрудника</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль ещё р&amp;аз:</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Придумайте имя пользователя.</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The administrator adds the accounts of the other staff and decides what each may do. Keep the password safe: nobody can read it back.</source>
        <translation>Администратор добавляет учётные записи остальных сотрудников и решает, что каждому из них разрешено. Храните пароль надёжно: узнать его потом никто не сможет.</translation>
    </message>
</context>
<context>
    <name>Admissions</name>
    <message>
        <source>State educational order</source>
        <translation>Государственный образовательный заказ</translation>
    </message>
    <message>
        <source>Local order</source>
        <translation>Местный заказ</translation>
    </message>
    <message>
        <source>Employer-funded (target)</source>
        <translation>За счёт работодателя (целевое)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платное</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Зачислен приказом</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Приступил к обучению</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Абитуриент</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Kind of seat</source>
        <translation>Вид места</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Admission order</source>
        <translation>Приказ о зачислении</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Всего мест</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявлений</translation>
    </message>
    <message>
        <source>Employers&apos; demand</source>
        <translation>Спрос работодателей</translation>
    </message>
    <message>
        <source>Forecast of graduates</source>
        <translation>Прогноз выпуска</translation>
    </message>
</context>
<context>
    <name>AdmissionsPage</name>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Все специальности</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All kinds of seat</source>
        <translation>Все виды мест</translation>
    </message>
    <message>
        <source>&amp;Add application…</source>
        <translation>&amp;Добавить заявление…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ad&amp;mit…</source>
        <translation>&amp;Зачислить…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>&amp;Отказ</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>&amp;Начать обучение</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Intake &amp;plan…</source>
        <translation>&amp;План приёма…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Seats per kind for the intake year beside the people the employers ask for that year and the graduates the forecast expects then. «—»: no plan (applications to the specialty are refused) or nothing to forecast from.</source>
        <translation>Места по видам на год приёма рядом с числом людей, которых работодатели просят в этом году, и выпуском по прогнозу. «—»: плана нет (заявления на специальность не принимаются) или прогнозировать не из чего.</translation>
    </message>
    <message>
        <source>Intake plan for {year}</source>
        <translation>План приёма на {year} год</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n заявление</numerusform>
            <numerusform>%n заявления</numerusform>
            <numerusform>%n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Record that {name} declined (or was refused) «{specialty}»? An admitted applicant&apos;s seat is freed.</source>
        <translation>Отметить, что {name} отказался (или получил отказ) по «{specialty}»? Место зачисленного абитуриента освободится.</translation>
    </message>
    <message>
        <source>Decline application</source>
        <translation>Отказ по заявлению</translation>
    </message>
    <message>
        <source>Enrol {name} in «{specialty}» from {day}? The college stage of the learner&apos;s journey begins that day.</source>
        <translation>Начать обучение {name} по «{specialty}» с {day}? В этот день начнётся этап колледжа в пути обучающегося.</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Начать обучение</translation>
    </message>
    <message>
        <source>Delete the application of {name} to «{specialty}»? This cannot be undone.</source>
        <translation>Удалить заявление {name} на «{specialty}»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Удалить заявление</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit {name}</source>
        <translation>Зачисление: {name}</translation>
    </message>
    <message>
        <source>Admission order number</source>
        <translation>Номер приказа о зачислении</translation>
    </message>
    <message>
        <source>Admission order date</source>
        <translation>Дата приказа о зачислении</translation>
    </message>
    <message>
        <source>The admission order is not saved. Close without admitting?</source>
        <translation>Приказ о зачислении не сохранён. Закрыть без зачисления?</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Редактирование договора</translation>
    </message>
    <message>
        <source>e.g. ДО-12</source>
        <translation>например, ДО-12</translation>
    </message>
    <message>
        <source>Draft (not signed yet)</source>
        <translation>Черновик (ещё не подписан)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Specialty or programme</source>
        <translation>Специальность или программа</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Pay or stipend</source>
        <translation>Оплата или стипендия</translation>
    </message>
    <message>
        <source>Hours on the job</source>
        <translation>Часы на производстве</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Selected learner&apos;s period:</source>
        <translation>Период выбранного обучающегося:</translation>
    </message>
    <message>
        <source>Leave empty when the learner&apos;s period is the agreement&apos;s</source>
        <translation>Оставьте пустым, если период обучающегося совпадает со сроком договора</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>(choose the partner)</source>
        <translation>(выберите партнёра)</translation>
    </message>
    <message>
        <source>The agreement has unsaved changes. Close without saving?</source>
        <translation>Договор изменён, но не сохранён. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Terminated {date}: {reason}</source>
        <translation>Расторгнут {date}: {reason}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Search by number, subject or partner…</source>
        <translation>Поиск по номеру, предмету или партнёру…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Новый договор…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Расторгнуть…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Прос&amp;мотр…</translation>
    </message>
    <message>
        <source>The document in Kazakh or Russian</source>
        <translation>Документ на казахском или русском языке</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Экспорт списка в том виде, как он показан, в Excel или CSV (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n договор</numerusform>
            <numerusform>%n договора</numerusform>
            <numerusform>%n договоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate agreement No. {number}</source>
        <translation>Расторжение договора № {number}</translation>
    </message>
    <message>
        <source>Why is the agreement with {partner} terminated (from today)?</source>
        <translation>По какой причине договор с {partner} расторгается (с сегодняшнего дня)?</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Расторгнуть</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Удаление договора</translation>
    </message>
    <message>
        <source>Delete agreement No. {number} with {partner}? This cannot be undone.</source>
        <translation>Удалить договор № {number} с {partner}? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Agreement No. {number}</source>
        <translation>Договор № {number}</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Язык документа:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Формирование документа…</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>договоры</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Cluster Desktop cannot start</source>
        <translation>Не удаётся запустить Cluster Desktop</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Изменение заявления</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>only for someone not yet in the register</source>
        <translation>только для того, кого ещё нет в реестре</translation>
    </message>
    <message>
        <source>for an applicant under 18</source>
        <translation>для абитуриента младше 18 лет</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Год приёма</translation>
    </message>
    <message>
        <source>Kind of seat</source>
        <translation>Вид места</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>(choose the specialty)</source>
        <translation>(выберите специальность)</translation>
    </message>
    <message>
        <source>(choose the employer)</source>
        <translation>(выберите работодателя)</translation>
    </message>
    <message>
        <source>The application has unsaved changes. Close without saving?</source>
        <translation>В заявлении есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Какие записи</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Agreement (No.)</source>
        <translation>Договор (№)</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Дата обезличивания</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Согласие дал</translation>
    </message>
    <message>
        <source>Consent (No.)</source>
        <translation>Согласие (№)</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>Записано согласий</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Kind of contract</source>
        <translation>Вид договора</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Число людей</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Текущий этап</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Направления выпускника</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Duplicate of (No.)</source>
        <translation>Дубликат к (№)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Employer (No.)</source>
        <translation>Работодатель (№)</translation>
    </message>
    <message>
        <source>Employment (No.)</source>
        <translation>Трудоустройство (№)</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислено в группы</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>Enrolment (No.)</source>
        <translation>Зачисление (№)</translation>
    </message>
    <message>
        <source>Enterprise (No.)</source>
        <translation>Предприятие (№)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation>Дата подтверждения</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Вид подтверждения</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Номер бланка</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Representative who signed</source>
        <translation>Подписавший представитель</translation>
    </message>
    <message>
        <source>Relation of the representative</source>
        <translation>Кем приходится представитель</translation>
    </message>
    <message>
        <source>Year of the grade</source>
        <translation>Учебный год класса</translation>
    </message>
    <message>
        <source>Group (No.)</source>
        <translation>Группа (№)</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>Создано групп</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>Время события</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ИИК (IBAN)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>In the specialty</source>
        <translation>По специальности</translation>
    </message>
    <message>
        <source>Instructor is</source>
        <translation>Ведущий — это</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Instructor&apos;s organisation (No.)</source>
        <translation>Организация ведущего (№)</translation>
    </message>
    <message>
        <source>Instructor&apos;s position</source>
        <translation>Должность ведущего</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Места работы</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Последний номер</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Кого уведомили</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <source>Organisation (No.)</source>
        <translation>Организация (№)</translation>
    </message>
    <message>
        <source>Organiser (No.)</source>
        <translation>Организатор (№)</translation>
    </message>
    <message>
        <source>Partner (No.)</source>
        <translation>Партнёр (№)</translation>
    </message>
    <message>
        <source>Password changed at</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Learner (No.)</source>
        <translation>Обучающийся (№)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Programme (No.)</source>
        <translation>Программа (№)</translation>
    </message>
    <message>
        <source>Kind of programme</source>
        <translation>Вид программы</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Qualification code</source>
        <translation>Код квалификации</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто внёс</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Затронуто записей</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Representative&apos;s phone</source>
        <translation>Телефон представителя</translation>
    </message>
    <message>
        <source>Representative is the learner&apos;s</source>
        <translation>Кем представитель приходится обучающемуся</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Результат, %</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Причина отзыва</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>School grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Kind of seat</source>
        <translation>Вид места</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Число мест</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Session (No.)</source>
        <translation>Мероприятие (№)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <source>Signatory&apos;s sex</source>
        <translation>Пол подписанта</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Specialty code</source>
        <translation>Код специальности</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stage (No.)</source>
        <translation>Этап (№)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Still employed</source>
        <translation>Всё ещё работает</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Дата расторжения</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>Причина расторжения</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Работает в</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Years after the end of studies</source>
        <translation>Лет после окончания обучения</translation>
    </message>
    <message>
        <source>{field} (Kazakh)</source>
        <translation>{field} (на казахском)</translation>
    </message>
    <message>
        <source>{field} (Russian)</source>
        <translation>{field} (на русском)</translation>
    </message>
    <message>
        <source>{field} (English)</source>
        <translation>{field} (на английском)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Аннулирование</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Установка пароля</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Sealed with the audit key</source>
        <translation>Запечатано ключом аудита</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Обезличено</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Learner in an agreement</source>
        <translation>Обучающийся в договоре</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Учётная запись сотрудника</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Текст документа</translation>
    </message>
    <message>
        <source>Practice placement</source>
        <translation>Производственная практика</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>Employment follow-up</source>
        <translation>Проверка трудоустройства</translation>
    </message>
    <message>
        <source>Guidance session</source>
        <translation>Профориентационное мероприятие</translation>
    </message>
    <message>
        <source>Session attendance</source>
        <translation>Посещаемость мероприятия</translation>
    </message>
    <message>
        <source>Session head count</source>
        <translation>Численность детей на мероприятии</translation>
    </message>
    <message>
        <source>Employer demand</source>
        <translation>Потребность работодателей</translation>
    </message>
    <message>
        <source>Graduate&apos;s destination</source>
        <translation>Дальнейший путь выпускника</translation>
    </message>
    <message>
        <source>Qualification catalogue entry</source>
        <translation>Запись справочника квалификаций</translation>
    </message>
    <message>
        <source>Application for admission</source>
        <translation>Заявление о приёме</translation>
    </message>
    <message>
        <source>Intake plan</source>
        <translation>План приёма</translation>
    </message>
    <message>
        <source>Repeated school year</source>
        <translation>Повторный учебный год</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Purpose of a consent</source>
        <translation>Цель согласия</translation>
    </message>
    <message>
        <source>Personal-data incident</source>
        <translation>Инцидент с персональными данными</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Любой пользователь</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Любой объект</translation>
    </message>
    <message>
        <source>Search the changes…</source>
        <translation>Поиск в изменениях…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Checking the audit log&apos;s hash chain…</source>
        <translation>Проверка цепочки хешей журнала аудита…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Выберите запись, чтобы увидеть, что в ней изменено.</translation>
    </message>
    <message>
        <source>Entry {id}: {action} — {kind} {record} by {user} on {workstation}</source>
        <translation>Запись {id}: {action} — {kind} {record}; пользователь {user}, компьютер {workstation}</translation>
    </message>
    <message>
        <source>The audit log was altered after it was written: {problem}</source>
        <translation>Журнал аудита изменён задним числом: {problem}</translation>
    </message>
    <message>
        <source>The audit log is intact: every entry matches the hash chain.</source>
        <translation>Журнал аудита не нарушен: все записи соответствуют цепочке хешей.</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>журнал-аудита</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>There is no verified backup for this quarter ({quarter}) yet. Copy the records to a USB stick.</source>
        <translation>За этот квартал ({quarter}) ещё нет проверенной резервной копии. Скопируйте данные на USB-флешку.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Learners</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Stage records</source>
        <translation>Записи об этапах</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Зачисления</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Damaged:</source>
        <translation>Повреждён:</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Where to keep backups</source>
        <translation>Где хранить резервные копии</translation>
    </message>
    <message>
        <source>Removable drives plugged in:</source>
        <translation>Подключённые съёмные диски:</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>Резервные копии в этой папке</translation>
    </message>
    <message>
        <source>{size} GB free</source>
        <translation>свободно {size} ГБ</translation>
    </message>
    <message>
        <source>No removable drive found. Plug a USB stick in, or choose any folder.</source>
        <translation>Съёмные диски не найдены. Вставьте USB-флешку или выберите любую папку.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>No verified backup has been made yet.</source>
        <translation>Проверенных резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Last verified backup: {when}, {file}</source>
        <translation>Последняя проверенная резервная копия: {when}, {file}</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backups and type it twice. Keep it safe: without it no backup can be restored.</source>
        <translation>Придумайте парольную фразу для резервных копий и введите её дважды. Храните её надёжно: без неё ни одну резервную копию восстановить не удастся.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backups.</source>
        <translation>Введите парольную фразу резервных копий.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Done: the backup {file} was written and verified.</source>
        <translation>Готово: резервная копия {file} записана и проверена.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup {file}.</source>
        <translation>Введите парольную фразу резервной копии {file}.</translation>
    </message>
    <message>
        <source>The backup {file} is complete and authentic.</source>
        <translation>Резервная копия {file} полная и подлинная.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Restored from {file}. A safety copy of the previous data: {copy}</source>
        <translation>Данные восстановлены из {file}. Страховочная копия прежних данных: {copy}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed, earlier backups are untouched.</source>
        <translation>Отменено: ничего не изменено, прежние резервные копии не затронуты.</translation>
    </message>
</context>
<context>
    <name>BlankPreviewer</name>
    <message>
        <source>Preparing the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>To issue</source>
        <translation>К выдаче</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Проверить сертификат…</translation>
    </message>
    <message>
        <source>Scan or paste a QR code, or open a PDF (Ctrl+K)</source>
        <translation>Отсканируйте или вставьте QR-код либо откройте PDF (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>In the cohort</source>
        <translation>В когорте</translation>
    </message>
    <message>
        <source>Took cluster courses at school</source>
        <translation>Прошли курсы кластера в школе</translation>
    </message>
    <message>
        <source>Got a course certificate</source>
        <translation>Получили сертификат о курсах</translation>
    </message>
    <message>
        <source>Applied to the college</source>
        <translation>Подали заявление в колледж</translation>
    </message>
    <message>
        <source>Entered the college</source>
        <translation>Поступили в колледж</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Окончили колледж</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation</source>
        <translation>Работают через 6 месяцев после выпуска</translation>
    </message>
    <message>
        <source>In their specialty after 6 months</source>
        <translation>По специальности через 6 месяцев</translation>
    </message>
    <message>
        <source>Employed 12 months after graduation</source>
        <translation>Работают через 12 месяцев после выпуска</translation>
    </message>
    <message>
        <source>In their specialty after 12 months</source>
        <translation>По специальности через 12 месяцев</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Of the cohort</source>
        <translation>Доля когорты</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок ещё не наступил</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>School grade</source>
        <translation>Школьный класс</translation>
    </message>
    <message>
        <source>Preschool sessions</source>
        <translation>Дошкольные занятия</translation>
    </message>
    <message>
        <source>College intake</source>
        <translation>Набор в колледж</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Школа:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Специальность:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Когорта:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>The cohort step by step</source>
        <translation>Когорта шаг за шагом</translation>
    </message>
    <message>
        <source>Nobody is in this cohort.</source>
        <translation>В этой когорте никого нет.</translation>
    </message>
    <message>
        <source>Choose a step to see the people behind it.</source>
        <translation>Выберите шаг, чтобы увидеть людей за ним.</translation>
    </message>
    <message>
        <source>There is no school or specialty to choose yet.</source>
        <translation>Пока нет ни школы, ни специальности для выбора.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n person(s), {share} of the cohort</source>
        <translation>
            <numerusform>{step}: %n человек, {share} когорты</numerusform>
            <numerusform>{step}: %n человека, {share} когорты</numerusform>
            <numerusform>{step}: %n человек, {share} когорты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more counted at that year&apos;s sessions without names cannot be followed.</source>
        <translation>
            <numerusform>Ещё %n человек, учтённый на занятиях того года без имени, проследить нельзя.</numerusform>
            <numerusform>Ещё %n человека, учтённых на занятиях того года без имён, проследить нельзя.</numerusform>
            <numerusform>Ещё %n человек, учтённых на занятиях того года без имён, проследить нельзя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n person(s)</source>
        <translation>
            <numerusform>{step}: %n человек</numerusform>
            <numerusform>{step}: %n человека</numerusform>
            <numerusform>{step}: %n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollegeDialog</name>
    <message>
        <source>College details</source>
        <translation>Сведения о колледже</translation>
    </message>
    <message>
        <source>These details are printed on certificates and agreements.</source>
        <translation>Эти сведения печатаются на сертификатах и в договорах.</translation>
    </message>
    <message>
        <source>The college details have unsaved changes. Close without saving?</source>
        <translation>Сведения о колледже изменены, но не сохранены. Закрыть без сохранения?</translation>
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
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Director (as signed)</source>
        <translation>Директор (как подписывает)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Director&apos;s sex</source>
        <translation>Пол директора</translation>
    </message>
    <message>
        <source>IBAN, BIC</source>
        <translation>ИИК (IBAN), БИК</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Логотип (необязательно)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>«{name}» cannot be read: {reason}</source>
        <translation>Файл «{name}» не читается: {reason}</translation>
    </message>
    <message>
        <source>«{name}» is not a PNG or JPEG image.</source>
        <translation>«{name}» — не изображение PNG или JPEG.</translation>
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
        <translation>Эти сведения печатаются на сертификатах и в договорах. Страницу можно оставить пустой и заполнить позже: Настройки → Сведения о колледже.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of the program, or is not imported. The IIN is required.</source>
        <translation>Каждый столбец файла сопоставляется с полем программы или не импортируется. Столбец с ИИН обязателен.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>(column {n}, no header)</source>
        <translation>(столбец {n}, без заголовка)</translation>
    </message>
    <message>
        <source>Choose the column that holds the IIN.</source>
        <translation>Выберите столбец, в котором указан ИИН.</translation>
    </message>
    <message>
        <source>More than one column goes to: {fields}.</source>
        <translation>С одним полем сопоставлено несколько столбцов: {fields}.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Where the data lives</source>
        <translation>Где хранятся данные</translation>
    </message>
    <message>
        <source>On this PC, or on a PostgreSQL server that two or three PCs of the college share.</source>
        <translation>На этом компьютере или на сервере PostgreSQL, общем для двух-трёх компьютеров колледжа.</translation>
    </message>
    <message>
        <source>&amp;This PC (recommended for one computer)</source>
        <translation>&amp;Этот компьютер (рекомендуется, если компьютер один)</translation>
    </message>
    <message>
        <source>The data is kept in the folder {folder}</source>
        <translation>Данные хранятся в папке {folder}</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Общий сервер &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-name</source>
        <translation>например, 192.168.1.10 или имя-сервера</translation>
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
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Проверить &amp;подключение</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected. This database is already in use by Cluster Desktop: press Finish, then log in with your account.</source>
        <translation>Подключение установлено. Эта база данных уже используется программой Cluster Desktop: нажмите «Завершить и войти», затем войдите под своей учётной записью.</translation>
    </message>
    <message>
        <source>Connected. The database will be prepared when you press Finish.</source>
        <translation>Подключение установлено. База данных будет подготовлена, когда вы нажмёте «Завершить и войти».</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Запись согласия</translation>
    </message>
    <message>
        <source>Surname, name and patronymic</source>
        <translation>Фамилия, имя и отчество</translation>
    </message>
    <message>
        <source>Mother, father, guardian…</source>
        <translation>Мать, отец, опекун…</translation>
    </message>
    <message>
        <source>Until a date</source>
        <translation>До даты</translation>
    </message>
    <message>
        <source>Years after the end of studies:</source>
        <translation>Лет после окончания обучения:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Согласие дал</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписи</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Номер бланка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>Expiring</source>
        <translation>Истекающие</translation>
    </message>
    <message>
        <source>Turning 18: own consent needed</source>
        <translation>Достигают 18 лет: нужно своё согласие</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <source>Own consent needed since {day}</source>
        <translation>Своё согласие нужно с {day}</translation>
    </message>
    <message>
        <source>Own consent due by {day}</source>
        <translation>Своё согласие получить до {day}</translation>
    </message>
    <message>
        <source>within</source>
        <translation>в течение</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Поиск по имени или ИИН…</translation>
    </message>
    <message>
        <source>Grace period after the 18th birthday:</source>
        <translation>Льготный срок после 18-летия:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Learner&apos;s &amp;card</source>
        <translation>&amp;Карточка обучающегося</translation>
    </message>
    <message>
        <source>Open the learner on the Learners page, to record or withdraw a consent</source>
        <translation>Открыть обучающегося на странице «Обучающиеся», чтобы записать или отозвать согласие</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>18 on</source>
        <translation>18 лет исполнится</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Still allows</source>
        <translation>Ещё разрешает</translation>
    </message>
    <message>
        <source>Own consent</source>
        <translation>Своё согласие</translation>
    </message>
    <message>
        <source>Purpose withdrawn</source>
        <translation>Отозванная цель</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Согласие дал</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписи</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>Consents to process personal data</source>
        <translation>Согласия на обработку персональных данных</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Записать согласие…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Select a learner to see their consents.</source>
        <translation>Выберите обучающегося, чтобы увидеть его согласия.</translation>
    </message>
    <message>
        <source>Consent in own name needed: the learner is an adult and every consent in force was given by a representative (due by {day}).</source>
        <translation>Нужно согласие от своего имени: обучающийся совершеннолетний, а все действующие согласия дал представитель (получить до {day}).</translation>
    </message>
    <message>
        <source>The record is anonymised.</source>
        <translation>Запись обезличена.</translation>
    </message>
    <message>
        <source>No consent is recorded: nothing a purpose governs may be done.</source>
        <translation>Согласие не записано: ничего, что требует согласия на цель, делать нельзя.</translation>
    </message>
    <message>
        <source>No consent is in force.</source>
        <translation>Действующего согласия нет.</translation>
    </message>
    <message>
        <source>Signed on {day} by {giver}</source>
        <translation>Подписано {day}: {giver}</translation>
    </message>
    <message>
        <source>form № {number}</source>
        <translation>бланк № {number}</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>отозвано {day}</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>действует до {day}</translation>
    </message>
    <message numerus="yes">
        <source>valid to the end of studies plus %n year(s)</source>
        <translation>
            <numerusform>до окончания обучения и ещё %n год</numerusform>
            <numerusform>до окончания обучения и ещё %n года</numerusform>
            <numerusform>до окончания обучения и ещё %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>(до {day})</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>ещё не вступило в силу</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Cluster Desktop: something went wrong</source>
        <translation>Cluster Desktop: произошла ошибка</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Показать &amp;подробности</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Something went wrong in the program, and what you just did may not have been completed.</source>
        <translation>В программе произошла ошибка; последнее действие могло не завершиться.</translation>
    </message>
    <message>
        <source>Your saved data is safe: a change is saved whole or not at all. What you were typing in an open dialog may need to be entered again.</source>
        <translation>Сохранённые данные в безопасности: изменение сохраняется целиком или не сохраняется вовсе. То, что вы вводили в открытом окне, возможно, придётся ввести заново.</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Подробности записаны в файл {file}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log file: copy them before you close this message.</source>
        <translation>Подробности не удалось записать в журнал: скопируйте их, прежде чем закрыть это сообщение.</translation>
    </message>
    <message>
        <source>You can go on working. If it happens again, send the details to whoever supports the program.</source>
        <translation>Можно продолжать работу. Если ошибка повторится, отправьте подробности тому, кто сопровождает программу.</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened while this message was open.</source>
        <translation>
            <numerusform>Пока это сообщение было открыто, произошла ещё %n ошибка.</numerusform>
            <numerusform>Пока это сообщение было открыто, произошли ещё %n ошибки.</numerusform>
            <numerusform>Пока это сообщение было открыто, произошло ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Скрыть &amp;подробности</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number} квартал</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Отчёт…</translation>
    </message>
    <message>
        <source>Print or export the outcome report (Ctrl+P)</source>
        <translation>Печать или экспорт отчёта о результатах (Ctrl+P)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Трудоустроены</translation>
    </message>
    <message>
        <source>No graduates yet.</source>
        <translation>Выпускников пока нет.</translation>
    </message>
    <message>
        <source>Employers&apos; demand and the forecast</source>
        <translation>Потребность работодателей и прогноз</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>No requests from employers for these years.</source>
        <translation>Заявок от работодателей на эти годы нет.</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Выпускник</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation, by year of graduation</source>
        <translation>Трудоустроены через 6 месяцев после выпуска, по годам выпуска</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation by specialty</source>
        <translation>Трудоустроены через 6 месяцев после выпуска, по специальностям</translation>
    </message>
    <message>
        <source>A school&apos;s grade 10 followed through</source>
        <translation>10 класс школы: путь до конца</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>No partner school has grade-10 pupils on record yet.</source>
        <translation>Учеников 10 класса школ-партнёров пока нет в записях.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} из {total}</translation>
    </message>
    <message>
        <source>Students with practice or dual education</source>
        <translation>Студенты с практикой или дуальным обучением</translation>
    </message>
    <message>
        <source>no students</source>
        <translation>нет студентов</translation>
    </message>
    <message>
        <source>Still employed after {months} months</source>
        <translation>Работают через {months} месяцев</translation>
    </message>
    <message>
        <source>{count} of {total} followed up</source>
        <translation>{count} из {total} по данным проверок</translation>
    </message>
    <message>
        <source>no follow-ups</source>
        <translation>нет проверок</translation>
    </message>
    <message>
        <source>Demand covered, {first}–{last}</source>
        <translation>Покрытие потребности, {first}–{last}</translation>
    </message>
    <message>
        <source>{count} of {total} people</source>
        <translation>{count} из {total} человек</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>нет заявок</translation>
    </message>
    <message>
        <source>People requested by employers that the forecast of graduates covers, qualification by qualification and year by year. Short of {shortfall} people.</source>
        <translation>Доля заявленной работодателями потребности в кадрах, которую покрывает прогноз выпуска, — по каждой квалификации и каждому году. Нехватка: {shortfall} чел.</translation>
    </message>
    <message>
        <source>{label}: {count} of {total} employed</source>
        <translation>{label}: трудоустроены {count} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n pupil(s), {share} of the cohort</source>
        <translation>
            <numerusform>{step}: %n ученик, {share} когорты</numerusform>
            <numerusform>{step}: %n ученика, {share} когорты</numerusform>
            <numerusform>{step}: %n учеников, {share} когорты</numerusform>
        </translation>
    </message>
    <message>
        <source>{school}, grade 10 in {year}: the same pupils step by step</source>
        <translation>{school}, 10 класс в {year} учебном году: те же ученики шаг за шагом</translation>
    </message>
    <message>
        <source>Employers&apos; demand and the forecast, {first}–{last}</source>
        <translation>Потребность работодателей и прогноз, {first}–{last}</translation>
    </message>
    <message>
        <source>state method</source>
        <translation>государственная методика</translation>
    </message>
    <message>
        <source>the college&apos;s definition</source>
        <translation>определение колледжа</translation>
    </message>
    <message>
        <source>Graduates of {year} employed 6 months after graduation</source>
        <translation>Выпускники {year} года, трудоустроенные через 6 месяцев после выпуска</translation>
    </message>
    <message>
        <source>nobody to count yet</source>
        <translation>пока считать некого</translation>
    </message>
    <message>
        <source>12 months after graduation: {count} of {total} employed ({rate}). «Employed» as the definition in the settings says ({definition}): graduates in further study, the army or on childcare leave are left out by the state method.</source>
        <translation>Через 12 месяцев после выпуска: трудоустроены {count} из {total} ({rate}). «Трудоустроен» — по определению в настройках ({definition}): по государственной методике продолжающие обучение, служащие в армии и находящиеся в отпуске по уходу за ребёнком не учитываются.</translation>
    </message>
    <message>
        <source>Employed 6 months after graduation by specialty, graduates of {first}–{last}</source>
        <translation>Трудоустроены через 6 месяцев после выпуска по специальностям, выпуск {first}–{last} гг.</translation>
    </message>
    <message>
        <source>{name}: {requested} requested, {expected} expected</source>
        <translation>{name}: заявлено {requested}, ожидается {expected}</translation>
    </message>
    <message numerus="yes">
        <source>Graduates without a recorded job: %n</source>
        <translation>
            <numerusform>Выпускники без сведений о трудоустройстве: %n</numerusform>
            <numerusform>Выпускники без сведений о трудоустройстве: %n</numerusform>
            <numerusform>Выпускники без сведений о трудоустройстве: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every graduate has a recorded job.</source>
        <translation>У всех выпускников есть сведения о трудоустройстве.</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>New employer&apos;s request</source>
        <translation>Новая заявка работодателя</translation>
    </message>
    <message>
        <source>Edit employer&apos;s request</source>
        <translation>Редактирование заявки работодателя</translation>
    </message>
    <message>
        <source>1 to 10,000</source>
        <translation>от 1 до 10 000</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Число человек</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>(choose the employer)</source>
        <translation>(выберите работодателя)</translation>
    </message>
    <message>
        <source>The request has unsaved changes. Close without saving?</source>
        <translation>Заявка изменена, но не сохранена. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>DemandPage</name>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>shortfall {n}</source>
        <translation>нехватка {n}</translation>
    </message>
    <message>
        <source>surplus {n}</source>
        <translation>избыток {n}</translation>
    </message>
    <message>
        <source>exactly covered</source>
        <translation>покрыто точно</translation>
    </message>
    <message>
        <source>Of which pupils on school courses: {n}</source>
        <translation>В том числе школьники на курсах: {n}</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Обучаются</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Доля завершивших</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Search by employer or qualification…</source>
        <translation>Поиск по работодателю или квалификации…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>&amp;Add request…</source>
        <translation>&amp;Добавить заявку…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Forecast against the requests, per qualification and year</source>
        <translation>Прогноз выпуска в сравнении с заявками, по квалификациям и годам</translation>
    </message>
    <message>
        <source>Forecast: the learners studying in groups that graduate that year × the qualification&apos;s completion rate (else the college&apos;s), plus those who have already completed, plus the pupils on school courses × the share of past pupils who entered the specialty (graduating after its usual length). «—»: nothing to compute it from.</source>
        <translation>Прогноз — обучающиеся в группах с выпуском в этом году × доля завершивших обучение по квалификации (или по колледжу в целом) плюс уже завершившие обучение плюс школьники на курсах × доля прежних школьников, поступивших на эту специальность (с выпуском через обычный срок обучения). «—»: данных для расчёта нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request of {employer} for {people} × {qualification} in {year}? This cannot be undone.</source>
        <translation>Удалить заявку работодателя {employer}: {people} × {qualification} на {year} год? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Удаление заявки</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Record a destination</source>
        <translation>Внести направление</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Выпускник</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until (if it ended)</source>
        <translation>По (если закончилось)</translation>
    </message>
    <message>
        <source>University or college</source>
        <translation>Вуз или колледж</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>{name}, graduated {date}</source>
        <translation>{name}, выпуск {date}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>The destination has not been saved. Close without saving?</source>
        <translation>Направление не сохранено. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>DocumentTextsDialog</name>
    <message>
        <source>Document texts</source>
        <translation>Тексты документов</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Number line</source>
        <translation>Строка номера</translation>
    </message>
    <message>
        <source>Place line</source>
        <translation>Строка места</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Строка даты</translation>
    </message>
    <message>
        <source>Parties paragraph</source>
        <translation>Абзац о сторонах</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Шапка</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Parties and labels</source>
        <translation>Стороны и надписи</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Подстановочные поля (двойной щелчок — вставить):</translation>
    </message>
    <message>
        <source>Reset to default…</source>
        <translation>Вернуть исходный текст…</translation>
    </message>
    <message>
        <source>The college (party)</source>
        <translation>Колледж (сторона)</translation>
    </message>
    <message>
        <source>The partner (party)</source>
        <translation>Партнёр (сторона)</translation>
    </message>
    <message>
        <source>The learner (party)</source>
        <translation>Обучающийся (сторона)</translation>
    </message>
    <message>
        <source>Requisites heading</source>
        <translation>Заголовок реквизитов</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ИИК (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Director signs as</source>
        <translation>Подписант от колледжа</translation>
    </message>
    <message>
        <source>Partner signs as</source>
        <translation>Подписант от партнёра</translation>
    </message>
    <message>
        <source>Learner signs as</source>
        <translation>Подписант от обучающегося</translation>
    </message>
    <message>
        <source>Under the signature line</source>
        <translation>Под линией подписи</translation>
    </message>
    <message>
        <source>Place of the seal</source>
        <translation>Место печати</translation>
    </message>
    <message>
        <source>Section of extra conditions</source>
        <translation>Раздел дополнительных условий</translation>
    </message>
    <message>
        <source>Page numbers ({page}, {pages})</source>
        <translation>Номера страниц ({page}, {pages})</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Кем зарегистрирован</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>One row of the card per line: «Label = value».</source>
        <translation>Одна строка карточки — одна строка текста: «Название = значение».</translation>
    </message>
    <message>
        <source>A line «== Title» starts a section; each paragraph under it is one clause, numbered when printed.</source>
        <translation>Строка «== Заголовок» начинает раздел; каждый абзац под ней — отдельный пункт, при печати пункты нумеруются.</translation>
    </message>
    <message>
        <source>The text shown has unsaved changes. Show another without saving?</source>
        <translation>Показанный текст изменён, но не сохранён. Показать другой без сохранения?</translation>
    </message>
    <message>
        <source>Saved. Agreements print with this text from now on.</source>
        <translation>Сохранено. Теперь договоры печатаются с этим текстом.</translation>
    </message>
    <message>
        <source>Replace the text of «{document}» ({language}) with the text the program came with? Your edits are lost.</source>
        <translation>Заменить текст «{document}» ({language}) исходным текстом программы? Ваши правки будут потеряны.</translation>
    </message>
    <message>
        <source>Reset to default?</source>
        <translation>Вернуть исходный текст?</translation>
    </message>
    <message>
        <source>The default text is back.</source>
        <translation>Исходный текст восстановлен.</translation>
    </message>
    <message>
        <source>The document text has unsaved changes. Close without saving?</source>
        <translation>Текст документа изменён, но не сохранён. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>EmploymentDefinitionDialog</name>
    <message>
        <source>Definition of «employed»</source>
        <translation>Определение «трудоустроен»</translation>
    </message>
    <message>
        <source>How each destination counts in the employment rate 6 and 12 months after graduation. «Not employed» and «unknown» always count as not employed.</source>
        <translation>Как каждое направление учитывается в доле трудоустроенных через 6 и 12 месяцев после выпуска. «Не работает» и «нет сведений» всегда считаются нетрудоустроенными.</translation>
    </message>
    <message>
        <source>Counts as employed</source>
        <translation>Считается трудоустроенным</translation>
    </message>
    <message>
        <source>Counts as not employed</source>
        <translation>Считается нетрудоустроенным</translation>
    </message>
    <message>
        <source>Taken out of the graduates</source>
        <translation>Исключается из числа выпускников</translation>
    </message>
    <message>
        <source>The &amp;state method</source>
        <translation>&amp;Государственная методика</translation>
    </message>
    <message>
        <source>The definition has not been saved. Close without saving?</source>
        <translation>Определение не сохранено. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>EmploymentDialog</name>
    <message>
        <source>Record a job</source>
        <translation>Внесение места работы</translation>
    </message>
    <message>
        <source>Edit the job</source>
        <translation>Редактирование места работы</translation>
    </message>
    <message>
        <source>e.g. underground miner, 4th grade</source>
        <translation>например, подземный горнорабочий 4-го разряда</translation>
    </message>
    <message>
        <source>How the college knows: hiring order No. …, a letter from the employer…</source>
        <translation>Откуда это известно колледжу: приказ о приёме № …, письмо работодателя…</translation>
    </message>
    <message>
        <source>In the graduate&apos;s specialty (the position matches their qualification)</source>
        <translation>По специальности выпускника (должность соответствует квалификации)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Выпускник</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата увольнения</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Трудовой договор</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Примечание к подтверждению</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <source>(choose the employer)</source>
        <translation>(выберите работодателя)</translation>
    </message>
    <message>
        <source>The job has not been saved. Close without saving?</source>
        <translation>Сведения о месте работы не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>EmploymentPage</name>
    <message>
        <source>no job recorded</source>
        <translation>нет сведений о трудоустройстве</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>At 6 months</source>
        <translation>Через 6 мес.</translation>
    </message>
    <message>
        <source>At 12 months</source>
        <translation>Через 12 мес.</translation>
    </message>
    <message>
        <source>Definition of «employed»…</source>
        <translation>Определение «трудоустроен»…</translation>
    </message>
    <message>
        <source>Which destinations count as employed 6 and 12 months after graduation (the reports print it)</source>
        <translation>Какие направления считаются трудоустройством через 6 и 12 месяцев после выпуска (печатается в отчётах)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>All specialties</source>
        <translation>Все специальности</translation>
    </message>
    <message>
        <source>Only without a job</source>
        <translation>Только без сведений о работе</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Поиск по ФИО или ИИН…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Экспорт списка в том виде, как он показан, в Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Graduated in</source>
        <translation>Год выпуска</translation>
    </message>
    <message>
        <source>Graduates&apos; employment</source>
        <translation>Трудоустройство выпускников</translation>
    </message>
    <message>
        <source>Practice placements</source>
        <translation>Производственная практика</translation>
    </message>
    <message numerus="yes">
        <source>%n graduate(s)</source>
        <translation>
            <numerusform>%n выпускник</numerusform>
            <numerusform>%n выпускника</numerusform>
            <numerusform>%n выпускников</numerusform>
        </translation>
    </message>
    <message>
        <source>Employed: — (no graduate is 6 months past graduation yet)</source>
        <translation>Трудоустроены: — (ни у одного выпускника ещё не прошло 6 месяцев после выпуска)</translation>
    </message>
    <message>
        <source>Graduates of {year}: employed — (none 6 months past graduation yet)</source>
        <translation>Выпускники {year} года: трудоустроены — (6 месяцев после выпуска ещё ни у кого не прошло)</translation>
    </message>
    <message>
        <source>state method</source>
        <translation>государственная методика</translation>
    </message>
    <message>
        <source>the college&apos;s definition</source>
        <translation>определение колледжа</translation>
    </message>
    <message>
        <source>All graduates employed after 6 months: {count} of {total} ({rate}); after 12 months: {count_12} of {total_12} ({rate_12}) · {definition}</source>
        <translation>Все выпускники, трудоустроены через 6 месяцев: {count} из {total} ({rate}); через 12 месяцев: {count_12} из {total_12} ({rate_12}) · {definition}</translation>
    </message>
    <message>
        <source>Graduates of {year} employed after 6 months: {count} of {total} ({rate}); after 12 months: {count_12} of {total_12} ({rate_12}) · {definition}</source>
        <translation>Выпускники {year} года, трудоустроены через 6 месяцев: {count} из {total} ({rate}); через 12 месяцев: {count_12} из {total_12} ({rate_12}) · {definition}</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>выпускники</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners</source>
        <translation>Зачисление обучающихся</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Поиск по ФИО или ИИН…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Зачислить</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Группа: {group}</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Дата зачисления</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n</source>
        <translation>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected learners are still loading; try again in a moment.</source>
        <translation>Часть выбранных обучающихся ещё загружается; повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <source>{name} (IIN {iin}) cannot be enrolled: {reason}</source>
        <translation>{name} (ИИН {iin}) — зачисление невозможно: {reason}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>No one was enrolled.</source>
        <translation>Никто не зачислен.</translation>
    </message>
    <message>
        <source>Enrolling learners…</source>
        <translation>Зачисление обучающихся…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database address «{url}» is not understood. Use sqlite:///FILE or postgresql://USER@HOST:PORT/NAME.</source>
        <translation>Адрес базы данных «{url}» не распознан. Укажите адрес в виде sqlite:///ФАЙЛ или postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/ИМЯ.</translation>
    </message>
    <message>
        <source>The database kind «{scheme}» is not supported. Use sqlite:///FILE or postgresql://USER@HOST:PORT/NAME.</source>
        <translation>Тип базы данных «{scheme}» не поддерживается. Укажите адрес в виде sqlite:///ФАЙЛ или postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/ИМЯ.</translation>
    </message>
    <message>
        <source>The program runs in portable mode and keeps its data in {folder}, which cannot be written ({reason}): the stick may be write-protected or full. Copy the program&apos;s folder to a place you can write to, or remove the file «portable» beside the program to keep the data on this PC.</source>
        <translation>Программа работает в переносном режиме и хранит данные в папке {folder}, в которую нельзя записать ({reason}): флешка может быть защищена от записи или заполнена. Скопируйте папку программы туда, где можно записывать, или удалите файл «portable» рядом с программой, чтобы хранить данные на этом компьютере.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {folder} ({reason}). Choose another folder with --data-dir.</source>
        <translation>Не удаётся записать данные в папку {folder} ({reason}). Укажите другую папку параметром --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} is a folder, not a file. Name a file, or choose another data folder.</source>
        <translation>{path} — это папка, а не файл базы данных. Укажите файл или выберите другую папку данных.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать файл базы данных {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is not a Cluster Desktop database (it is not an SQLite database at all).</source>
        <translation>Файл {path} не является базой данных Cluster Desktop (это вообще не база данных SQLite).</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened: it is damaged or is not a Cluster Desktop database ({reason}).</source>
        <translation>Не удаётся открыть файл базы данных {path}: он повреждён или не является базой данных Cluster Desktop ({reason}).</translation>
    </message>
    <message>
        <source>The database needs updating, but the safety copy made first cannot be written to {folder} ({reason}); the database was not changed. Make room there, or remove a file of that name.</source>
        <translation>Базу данных нужно обновить, но страховочную копию, которая делается перед этим, не удаётся записать в {folder} ({reason}); база данных не изменена. Освободите там место или удалите файл с таким именем.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Cluster Desktop (schema {found}; this program knows up to {head}). Install the newer version of the program.</source>
        <translation>Эта база данных создана более новой версией Cluster Desktop (схема {found}; эта версия программы знает схемы только до {head}). Установите новую версию программы.</translation>
    </message>
    <message>
        <source>The database {url} holds tables of another program; Cluster Desktop will not change it.</source>
        <translation>В базе данных {url} есть таблицы другой программы; Cluster Desktop не будет её изменять.</translation>
    </message>
    <message>
        <source>Enter the IIN: 12 digits.</source>
        <translation>Введите ИИН (12 цифр).</translation>
    </message>
    <message>
        <source>The IIN must have 12 digits; {count} were entered.</source>
        <translation>ИИН должен состоять из 12 цифр, а введено: {count}.</translation>
    </message>
    <message>
        <source>The IIN may contain only digits 0–9; it contains “{chars}”.</source>
        <translation>ИИН может содержать только цифры 0–9, а в нём есть «{chars}».</translation>
    </message>
    <message>
        <source>The first six digits of the IIN ({digits}) are not a real date of birth.</source>
        <translation>Первые шесть цифр ИИН ({digits}) не являются реальной датой рождения.</translation>
    </message>
    <message>
        <source>The 7th digit of the IIN must be 1–6 (century and sex); it is {digit}.</source>
        <translation>Седьмая цифра ИИН должна быть от 1 до 6 (век и пол), а введено {digit}.</translation>
    </message>
    <message>
        <source>The IIN gives a date of birth in the future ({date}): check it for a typing error.</source>
        <translation>По ИИН получается дата рождения в будущем ({date}): проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>The IIN&apos;s last digit does not match the others: check it for a typing error.</source>
        <translation>Последняя (контрольная) цифра ИИН не сходится с остальными: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>Enter the BIN: 12 digits.</source>
        <translation>Введите БИН (12 цифр).</translation>
    </message>
    <message>
        <source>The BIN must have 12 digits; {count} were entered.</source>
        <translation>БИН должен состоять из 12 цифр, а введено: {count}.</translation>
    </message>
    <message>
        <source>The BIN may contain only digits 0–9; it contains “{chars}”.</source>
        <translation>БИН может содержать только цифры 0–9, а в нём есть «{chars}».</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of the BIN ({digits}) must be the month of registration, 01 to 12.</source>
        <translation>Третья и четвёртая цифры БИН ({digits}) — это месяц регистрации: от 01 до 12.</translation>
    </message>
    <message>
        <source>The 5th digit of the BIN must be 4, 5 or 6 (type of organisation); it is {digit}.</source>
        <translation>Пятая цифра БИН должна быть 4, 5 или 6 (тип организации), а введено {digit}.</translation>
    </message>
    <message>
        <source>The BIN&apos;s last digit does not match the others: check it for a typing error.</source>
        <translation>Последняя (контрольная) цифра БИН не сходится с остальными: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>The birth date {given} does not match the IIN, which says {expected}.</source>
        <translation>Указанная дата рождения ({given}) не совпадает с ИИН: по ИИН — {expected}.</translation>
    </message>
    <message>
        <source>The sex {given} does not match the IIN, which says {expected}.</source>
        <translation>Указанный пол ({given}) не совпадает с ИИН: по ИИН — {expected}.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>Заполните поле «{label}».</translation>
    </message>
    <message>
        <source>{label} is too long: {length} characters, at most {limit}.</source>
        <translation>В поле «{label}» слишком много символов: {length}, допустимо не более {limit}.</translation>
    </message>
    <message>
        <source>{label} may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Поле «{label}» может содержать только буквы, пробелы, дефисы и апострофы.</translation>
    </message>
    <message>
        <source>{label} ({value}) is in the future.</source>
        <translation>В поле «{label}» указана дата в будущем ({value}).</translation>
    </message>
    <message>
        <source>{label} ({value}) is before {earliest}: check the year.</source>
        <translation>Дата в поле «{label}» ({value}) раньше {earliest}: проверьте год.</translation>
    </message>
    <message>
        <source>{later_label} ({later}) is before {earlier_label} ({earlier}).</source>
        <translation>«{later_label}» ({later}) не может быть раньше, чем «{earlier_label}» ({earlier}).</translation>
    </message>
    <message>
        <source>{label} «{value}» is not a phone number: use digits, spaces, +, ( ) and -.</source>
        <translation>{label}: «{value}» — не номер телефона (допустимы цифры, пробелы, +, ( ), -).</translation>
    </message>
    <message>
        <source>{label} «{value}» is not an e-mail address.</source>
        <translation>{label}: «{value}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>{label} must be a number from {low} to {high}.</source>
        <translation>В поле «{label}» должно быть число от {low} до {high}.</translation>
    </message>
    <message>
        <source>{label} contains «{char}» ({code}), which the printed documents cannot show: use Kazakh, Russian or Latin letters.</source>
        <translation>{label}: символ «{char}» ({code}) не может быть напечатан в документах: используйте казахские, русские или латинские буквы.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>{label} takes Latin letters only (A–Z), as in the passport; leave it empty to spell the name from the Cyrillic.</source>
        <translation>{label}: только латинские буквы (A–Z), как в паспорте; оставьте пустым, чтобы имя было записано по кириллице.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>This record was anonymised on {day}: it holds no one&apos;s identity to edit. Nothing was saved.</source>
        <translation>Эта запись обезличена {day}: в ней нет ничьих личных данных для правки. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Relation to the learner</source>
        <translation>Кем приходится обучающемуся</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Term of the consent</source>
        <translation>Срок согласия</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Years after the end of studies</source>
        <translation>Лет после окончания обучения</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Номер бланка</translation>
    </message>
    <message>
        <source>Withdrawal date</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>The consent date ({value}) is before the learner was born ({birth}).</source>
        <translation>Дата согласия ({value}) раньше даты рождения обучающегося ({birth}).</translation>
    </message>
    <message>
        <source>Choose at least one purpose the consent allows.</source>
        <translation>Выберите хотя бы одну цель, на которую дано согласие.</translation>
    </message>
    <message>
        <source>The consent cannot end ({until}) before it was given ({given}).</source>
        <translation>Согласие не может закончиться ({until}) раньше, чем оно дано ({given}).</translation>
    </message>
    <message>
        <source>The learner was under 18 on {given}, so the consent must come from the legal representative.</source>
        <translation>На {given} обучающемуся не было 18 лет, поэтому согласие должен дать законный представитель.</translation>
    </message>
    <message>
        <source>This record is anonymised: consents can no longer be recorded or withdrawn.</source>
        <translation>Эта запись обезличена: согласия больше нельзя ни записать, ни отозвать.</translation>
    </message>
    <message>
        <source>The consent no longer exists (perhaps someone deleted it).</source>
        <translation>Этого согласия больше нет (возможно, его кто-то удалил).</translation>
    </message>
    <message>
        <source>Choose at least one purpose to withdraw.</source>
        <translation>Выберите хотя бы одну цель для отзыва.</translation>
    </message>
    <message>
        <source>The withdrawal date ({value}) is before the consent was given ({given}).</source>
        <translation>Дата отзыва ({value}) раньше даты согласия ({given}).</translation>
    </message>
    <message>
        <source>The consent of {given} does not include «{purpose}».</source>
        <translation>Согласие от {given} не включает цель «{purpose}».</translation>
    </message>
    <message>
        <source>«{purpose}» was already withdrawn on {day}.</source>
        <translation>Цель «{purpose}» уже отозвана {day}.</translation>
    </message>
    <message>
        <source>Representative&apos;s phone</source>
        <translation>Телефон представителя</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Кто дал согласие</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Admission order number</source>
        <translation>Номер приказа о зачислении</translation>
    </message>
    <message>
        <source>Admission order date</source>
        <translation>Дата приказа о зачислении</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>The application no longer exists (perhaps someone deleted it).</source>
        <translation>Заявления больше нет (возможно, его кто-то удалил).</translation>
    </message>
    <message>
        <source>No one with the IIN {iin} is in the register: enter the applicant&apos;s surname and given name to add them.</source>
        <translation>В реестре нет человека с ИИН {iin}: введите фамилию и имя абитуриента, чтобы добавить его.</translation>
    </message>
    <message>
        <source>{label}: there is no intake plan for «{specialty}» in {year}. Set the plan first.</source>
        <translation>{label}: на {year} год нет плана приёма по «{specialty}». Сначала задайте план.</translation>
    </message>
    <message>
        <source>The {year} plan of «{specialty}» has no seats of the kind «{seat_kind}».</source>
        <translation>В плане {year} года по «{specialty}» нет мест вида «{seat_kind}».</translation>
    </message>
    <message>
        <source>All {seats} seats of the kind «{seat_kind}» in «{specialty}» for {year} are taken: raise the plan or choose another kind.</source>
        <translation>Все {seats} мест вида «{seat_kind}» по «{specialty}» на {year} год заняты: увеличьте план или выберите другой вид.</translation>
    </message>
    <message>
        <source>{name} has already applied to «{specialty}» for {year}.</source>
        <translation>{name} уже подал(а) заявление на «{specialty}» на {year} год.</translation>
    </message>
    <message>
        <source>The application is «{status}»: it cannot be {action}.</source>
        <translation>Заявление в статусе «{status}»: его нельзя {action}.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>подано</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>зачислено приказом</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>приступил(а) к обучению</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>admitted by an order</source>
        <translation>зачислить приказом</translation>
    </message>
    <message>
        <source>declined any more</source>
        <translation>отклонить</translation>
    </message>
    <message>
        <source>enrolled (admit it first, by an order)</source>
        <translation>перевести в обучение (сначала зачислите приказом)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>Consent form number</source>
        <translation>Номер бланка согласия</translation>
    </message>
    <message>
        <source>Purposes of the consent</source>
        <translation>Цели согласия</translation>
    </message>
    <message>
        <source>Start of the stage</source>
        <translation>Начало этапа</translation>
    </message>
    <message>
        <source>Position or details</source>
        <translation>Должность или подробности</translation>
    </message>
    <message>
        <source>A learner with this IIN is already registered: {name}, born {birth_date}.</source>
        <translation>Обучающийся с таким ИИН уже зарегистрирован: {name}, дата рождения {birth_date}.</translation>
    </message>
    <message>
        <source>The learner is under 18: enter the legal representative who gave consent.</source>
        <translation>Обучающемуся ещё нет 18 лет: укажите законного представителя, который дал согласие.</translation>
    </message>
    <message>
        <source>The learner is under 18, so consent must come from the legal representative.</source>
        <translation>Обучающемуся ещё нет 18 лет, поэтому согласие должен дать законный представитель.</translation>
    </message>
    <message>
        <source>The learner no longer exists (perhaps someone deleted it).</source>
        <translation>Этого обучающегося больше нет в базе (возможно, запись кто-то удалил).</translation>
    </message>
    <message>
        <source>{name} is already at the stage «{current}»; a journey only moves forward.</source>
        <translation>{name} уже на этапе «{current}»; переходить можно только на следующие этапы.</translation>
    </message>
    <message>
        <source>The new stage cannot start ({start}) before the current one began ({current_start}).</source>
        <translation>Новый этап ({start}) не может начаться раньше, чем начался текущий ({current_start}).</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Дошкольный</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Director&apos;s name in Kazakh</source>
        <translation>ФИО директора на казахском</translation>
    </message>
    <message>
        <source>Director&apos;s name in Russian</source>
        <translation>ФИО директора на русском</translation>
    </message>
    <message>
        <source>Director&apos;s name in English</source>
        <translation>ФИО директора на английском</translation>
    </message>
    <message>
        <source>City in Kazakh</source>
        <translation>Город на казахском</translation>
    </message>
    <message>
        <source>City in Russian</source>
        <translation>Город на русском</translation>
    </message>
    <message>
        <source>City in English</source>
        <translation>Город на английском</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <source>Address in Russian</source>
        <translation>Адрес на русском</translation>
    </message>
    <message>
        <source>Address in English</source>
        <translation>Адрес на английском</translation>
    </message>
    <message>
        <source>Bank in Kazakh</source>
        <translation>Банк на казахском</translation>
    </message>
    <message>
        <source>Bank in Russian</source>
        <translation>Банк на русском</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ИИК (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Kazakh</source>
        <translation>Должность подписанта на казахском</translation>
    </message>
    <message>
        <source>Signatory&apos;s position in Russian</source>
        <translation>Должность подписанта на русском</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>ФИО подписанта</translation>
    </message>
    <message>
        <source>Country: give its two-letter code (ISO 3166), such as KZ for Kazakhstan or RU for Russia, not «{value}».</source>
        <translation>Страна: укажите её двухбуквенный код (ISO 3166), например KZ для Казахстана или RU для России, а не «{value}».</translation>
    </message>
    <message>
        <source>An organisation with this BIN is already registered: {name}.</source>
        <translation>Организация с таким БИН уже зарегистрирована: {name}.</translation>
    </message>
    <message>
        <source>The organisation no longer exists (perhaps someone deleted it).</source>
        <translation>Этой организации больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it is a party to {count} agreement(s). Delete or reassign those agreements first.</source>
        <translation>{name} нельзя удалить: организация является стороной договоров ({count}). Сначала удалите эти договоры или укажите в них другого партнёра.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it funds {count} applications for admission (employer-funded seats).</source>
        <translation>{name} нельзя удалить: к нему привязаны заявления о приёме на места за счёт работодателя ({count}).</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: learners&apos; stages or programmes refer to it ({count} record(s)).</source>
        <translation>{name} нельзя удалить: на организацию ссылаются этапы обучающихся или программы (записей: {count}).</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Qualification code</source>
        <translation>Код квалификации</translation>
    </message>
    <message>
        <source>Qualification name</source>
        <translation>Название квалификации</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Число человек</translation>
    </message>
    <message>
        <source>The employer&apos;s request no longer exists (perhaps someone deleted it).</source>
        <translation>Заявки работодателя больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Количество часов</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Subject in Kazakh</source>
        <translation>Предмет на казахском</translation>
    </message>
    <message>
        <source>Subject in Russian</source>
        <translation>Предмет на русском</translation>
    </message>
    <message>
        <source>Workplace in Kazakh</source>
        <translation>Рабочее место на казахском</translation>
    </message>
    <message>
        <source>Workplace in Russian</source>
        <translation>Рабочее место на русском</translation>
    </message>
    <message>
        <source>Extra obligations in Kazakh</source>
        <translation>Дополнительные обязательства на казахском</translation>
    </message>
    <message>
        <source>Extra obligations in Russian</source>
        <translation>Дополнительные обязательства на русском</translation>
    </message>
    <message>
        <source>A received document needs its name in Kazakh, in Russian or in both.</source>
        <translation>У полученного документа должно быть название на казахском, на русском или на обоих языках.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Pay or stipend</source>
        <translation>Оплата или стипендия</translation>
    </message>
    <message>
        <source>Hours on the job</source>
        <translation>Часы на производстве</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Termination date</source>
        <translation>Дата расторжения</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>Причина расторжения</translation>
    </message>
    <message>
        <source>Learner&apos;s start date</source>
        <translation>Дата начала для обучающегося</translation>
    </message>
    <message>
        <source>Learner&apos;s end date</source>
        <translation>Дата окончания для обучающегося</translation>
    </message>
    <message>
        <source>Agreement No. {number} of {year} already exists.</source>
        <translation>Договор № {number} за {year} год уже существует.</translation>
    </message>
    <message>
        <source>The agreement no longer exists (perhaps someone deleted it).</source>
        <translation>Этого договора больше нет (возможно, его кто-то удалил).</translation>
    </message>
    <message>
        <source>Choose the partner organisation.</source>
        <translation>Выберите организацию-партнёра.</translation>
    </message>
    <message>
        <source>{partner} is registered as «{partner_kind}»: this kind of agreement is made with {allowed}.</source>
        <translation>{partner} — организация вида «{partner_kind}», а договор этого типа заключается с {allowed}.</translation>
    </message>
    <message>
        <source>A tripartite dual-education agreement needs at least one learner (or save it as a draft).</source>
        <translation>В трёхстороннем договоре о дуальном обучении должен быть хотя бы один обучающийся (или сохраните договор как черновик).</translation>
    </message>
    <message>
        <source>This kind of agreement has no learners attached.</source>
        <translation>К договору этого типа обучающиеся не прикрепляются.</translation>
    </message>
    <message>
        <source>{name} is attached to this agreement twice.</source>
        <translation>Обучающийся {name} прикреплён к этому договору дважды.</translation>
    </message>
    <message>
        <source>A learner attached to the agreement no longer exists (perhaps someone deleted them).</source>
        <translation>Одного из прикреплённых к договору обучающихся больше нет (возможно, запись кто-то удалил).</translation>
    </message>
    <message>
        <source>The period of {name} ({start} – {end}) lies outside the agreement&apos;s ({agreement_start} – {agreement_end}).</source>
        <translation>Период обучающегося {name} ({start} – {end}) выходит за рамки срока договора ({agreement_start} – {agreement_end}).</translation>
    </message>
    <message>
        <source>The period of {name} ends ({end}) before it starts ({start}).</source>
        <translation>Период обучающегося {name} заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>The agreement was already terminated on {date}.</source>
        <translation>Договор уже расторгнут {date}.</translation>
    </message>
    <message>
        <source>A draft is not in force: delete it instead of terminating it.</source>
        <translation>Черновик не действует: его нужно удалить, а не расторгать.</translation>
    </message>
    <message>
        <source>The agreement already ended on {ends}, before the termination date ({date}).</source>
        <translation>Срок договора уже истёк {ends}, раньше даты расторжения ({date}).</translation>
    </message>
    <message>
        <source>The termination date ({date}) is before the agreement was signed ({signed}).</source>
        <translation>Дата расторжения ({date}) раньше даты подписания договора ({signed}).</translation>
    </message>
    <message>
        <source>Memorandum of cooperation</source>
        <translation>Меморандум о сотрудничестве</translation>
    </message>
    <message>
        <source>Dual-education agreement (tripartite)</source>
        <translation>Трёхсторонний договор о дуальном обучении</translation>
    </message>
    <message>
        <source>Practice placement agreement</source>
        <translation>Договор о прохождении практики</translation>
    </message>
    <message>
        <source>Target training agreement</source>
        <translation>Договор о целевой подготовке</translation>
    </message>
    <message>
        <source>Academic partnership</source>
        <translation>Академическое партнёрство</translation>
    </message>
    <message>
        <source>Document received from a partner</source>
        <translation>Документ, полученный от партнёра</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Скоро истекает</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <source>an employer or a training centre</source>
        <translation>работодателем или учебным центром</translation>
    </message>
    <message>
        <source>a university, a college or a training centre</source>
        <translation>университетом, колледжем или учебным центром</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>работодатель</translation>
    </message>
    <message>
        <source>university</source>
        <translation>университет</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>kindergarten</source>
        <translation>детский сад</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>государственный орган</translation>
    </message>
    <message>
        <source>certification body</source>
        <translation>орган сертификации</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>учебный центр</translation>
    </message>
    <message>
        <source>college</source>
        <translation>колледж</translation>
    </message>
    <message>
        <source>Qualification name in Kazakh</source>
        <translation>Название квалификации на казахском</translation>
    </message>
    <message>
        <source>Qualification name in Russian</source>
        <translation>Название квалификации на русском</translation>
    </message>
    <message>
        <source>Qualification name in English</source>
        <translation>Название квалификации на английском</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Результат, %</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>The programme no longer exists (perhaps someone deleted it).</source>
        <translation>Этой программы больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>The group no longer exists (perhaps someone deleted it).</source>
        <translation>Этой группы больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>The enrolment no longer exists (perhaps someone removed it).</source>
        <translation>Этой записи о зачислении больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>Choose at least one language of instruction.</source>
        <translation>Выберите хотя бы один язык обучения.</translation>
    </message>
    <message>
        <source>A college specialty needs its qualification code.</source>
        <translation>Для специальности колледжа укажите код квалификации.</translation>
    </message>
    <message>
        <source>A group named «{name}» already exists.</source>
        <translation>Группа «{name}» уже существует.</translation>
    </message>
    <message>
        <source>The programme is not taught in the group&apos;s language «{language}».</source>
        <translation>Программа не ведётся на языке обучения группы («{language}»).</translation>
    </message>
    <message>
        <source>{name} is already in the group {group}.</source>
        <translation>{name} уже состоит в группе {group}.</translation>
    </message>
    <message>
        <source>A finished enrolment (completed, not passed or withdrawn) needs its finish date.</source>
        <translation>Если обучение закончено («Завершено», «Не освоил» или «Выбыл»), укажите дату завершения.</translation>
    </message>
    <message>
        <source>A result of {percent}% is below the pass mark of 50%: choose «Not passed» instead of «Completed».</source>
        <translation>Результат {percent}% ниже проходного порога 50%: выберите «Не освоил» вместо «Завершено».</translation>
    </message>
    <message>
        <source>«{name}» holds {count} enrolments of learners (current or past); remove them from it first.</source>
        <translation>В «{name}» есть записи о зачислении обучающихся (текущие или прошлые): {count}. Сначала уберите их оттуда.</translation>
    </message>
    <message>
        <source>«{name}» has {count} applications for admission; it cannot be deleted while they are kept.</source>
        <translation>По «{name}» есть заявления о приёме ({count}); пока они хранятся, удалить нельзя.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>A completed enrolment needs its result in percent.</source>
        <translation>Для статуса «Завершено» укажите результат в процентах.</translation>
    </message>
    <message>
        <source>Demo data goes only into a database without learners; this one already holds {learners}.</source>
        <translation>Демонстрационные данные можно загрузить только в базу без обучающихся; в этой базе их уже: {learners}.</translation>
    </message>
    <message>
        <source>The file {path} is not a Cluster Desktop backup.</source>
        <translation>Файл {path} не является резервной копией Cluster Desktop.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: its header cannot be read. The file was altered or not written to the end.</source>
        <translation>Резервная копия {path} повреждена: не удаётся прочитать её заголовок. Файл был изменён или записан не до конца.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Cluster Desktop (archive format {found}). Install the newer version of the program.</source>
        <translation>Резервная копия {path} создана более новой версией Cluster Desktop (формат архива {found}). Установите новую версию программы.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for the backup {path} (or the salt in its header was altered). Nothing was changed.</source>
        <translation>Неверная парольная фраза для резервной копии {path} (или в её заголовке изменена «соль» шифрования). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The header of the backup {path} has been altered: its details do not match its signature. Do not trust this file.</source>
        <translation>Заголовок резервной копии {path} изменён: его данные не совпадают с подписью. Не доверяйте этому файлу.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged or altered at {offset} bytes into its content. Do not trust this file.</source>
        <translation>Резервная копия {path} повреждена или изменена: ошибка в содержимом на расстоянии {offset} байт от его начала. Не доверяйте этому файлу.</translation>
    </message>
    <message>
        <source>The backup {path} is incomplete: it ends too early (the stick was pulled out or the copy stopped). Do not trust this file.</source>
        <translation>Резервная копия {path} неполная: файл обрывается раньше времени (флешку вынули или копирование прервалось). Не доверяйте этому файлу.</translation>
    </message>
    <message>
        <source>The content of the backup {path} does not match the checksum in its header.</source>
        <translation>Содержимое резервной копии {path} не совпадает с контрольной суммой в её заголовке.</translation>
    </message>
    <message>
        <source>The backup {path} holds an unexpected item «{entry}»; it was not made by Cluster Desktop.</source>
        <translation>В резервной копии {path} есть посторонний элемент «{entry}»: она создана не программой Cluster Desktop.</translation>
    </message>
    <message>
        <source>The backup {path} holds no database.</source>
        <translation>В резервной копии {path} нет базы данных.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or is not a folder. Plug the stick in again or choose another folder.</source>
        <translation>Папка {folder} не существует или не является папкой. Вставьте флешку заново или выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({reason}). Earlier backups there are untouched; choose another folder or drive.</source>
        <translation>Не удаётся записать в {folder} ({reason}). Прежние резервные копии там не затронуты; выберите другую папку или диск.</translation>
    </message>
    <message>
        <source>The drive {folder} is full: the backup needs about {needed} MB. The unfinished file was removed; earlier backups are untouched.</source>
        <translation>Диск {folder} заполнен: для резервной копии нужно около {needed} МБ. Недописанный файл удалён; прежние резервные копии не затронуты.</translation>
    </message>
    <message>
        <source>The backup is larger than the drive {folder} allows for one file (FAT32: 4 GB). Format the stick as exFAT or NTFS, or choose another drive. Earlier backups are untouched.</source>
        <translation>Резервная копия больше, чем диск {folder} допускает для одного файла (FAT32: 4 ГБ). Отформатируйте флешку в exFAT или NTFS или выберите другой диск. Прежние резервные копии не затронуты.</translation>
    </message>
    <message>
        <source>Writing the backup to {folder} failed ({reason}); the stick may have been pulled out. Earlier backups are untouched.</source>
        <translation>Не удалось записать резервную копию в {folder} ({reason}); возможно, флешку вынули. Прежние резервные копии не затронуты.</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({details}); no backup was made. Run «check» and ask for help.</source>
        <translation>База данных не прошла проверку целостности ({details}); резервная копия не создана. Запустите команду «check» и обратитесь за помощью.</translation>
    </message>
    <message>
        <source>The backup {path} was written and checked, but the database could not record it (another program or PC kept it busy, or the connection was lost). The backup itself is good; until a backup is recorded, the reminder may still ask for one.</source>
        <translation>Резервная копия {path} записана и проверена, но база данных не смогла её зарегистрировать (её занимала другая программа или другой компьютер, либо потеряна связь). Сама копия исправна; пока копия не зарегистрирована, напоминание может по-прежнему её требовать.</translation>
    </message>
    <message>
        <source>The backup written to {folder} did not read back correctly ({details}); it was removed. Earlier backups are untouched. Try another stick.</source>
        <translation>Резервная копия, записанная в {folder}, при контрольном чтении оказалась неверной ({details}) и удалена. Прежние резервные копии не затронуты. Попробуйте другую флешку.</translation>
    </message>
    <message>
        <source>The name «{name}» cannot be used for a file on a USB stick or on Windows ({reason}).</source>
        <translation>Имя «{name}» нельзя использовать для файла на USB-флешке или в Windows ({reason}).</translation>
    </message>
    <message>
        <source>it contains one of &lt; &gt; : &quot; / \ | ? * or a control character</source>
        <translation>в нём есть один из символов &lt; &gt; : &quot; / \ | ? * или управляющий символ</translation>
    </message>
    <message>
        <source>Windows reserves the name {reserved}</source>
        <translation>имя {reserved} зарезервировано в Windows</translation>
    </message>
    <message>
        <source>it ends with a dot or a space</source>
        <translation>оно оканчивается точкой или пробелом</translation>
    </message>
    <message>
        <source>it is longer than 255 characters</source>
        <translation>оно длиннее 255 символов</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Cluster Desktop (schema {found}; this program knows up to {head}). Install the newer version to restore it. Nothing was changed.</source>
        <translation>Резервная копия {path} создана более новой версией Cluster Desktop (схема {found}; эта версия программы знает схемы только до {head}). Чтобы восстановить её, установите новую версию программы. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database is in use by another Cluster Desktop window or program. Close it and restore again. Nothing was changed.</source>
        <translation>База данных занята другим окном Cluster Desktop или другой программой. Закройте его и повторите восстановление. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database is at schema {found}, not at this program&apos;s {head}; open it once with this program before backing it up.</source>
        <translation>У базы данных схема {found}, а у этой программы — {head}; прежде чем создавать резервную копию, откройте базу один раз в этой программе.</translation>
    </message>
    <message>
        <source>The snapshot could not be written to {path} ({reason}). The database is unchanged.</source>
        <translation>Не удалось записать снимок базы данных в {path} ({reason}). База данных не изменена.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать файл {path} ({reason}).</translation>
    </message>
    <message>
        <source>The content of the backup {path} is not what Cluster Desktop writes ({reason}).</source>
        <translation>Содержимое резервной копии {path} не похоже на то, что записывает Cluster Desktop ({reason}).</translation>
    </message>
    <message>
        <source>The database inside the backup {path} failed its integrity check ({details}).</source>
        <translation>База данных внутри резервной копии {path} не прошла проверку целостности ({details}).</translation>
    </message>
    <message>
        <source>The database inside the backup {path} does not hold the records its header lists ({table}: {found} instead of {expected}).</source>
        <translation>В базе данных внутри резервной копии {path} не те записи, что перечислены в её заголовке ({table}: {found} вместо {expected}).</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Парольная фраза должна содержать не менее {minimum} символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Введённые парольные фразы не совпадают. Ничего не записано.</translation>
    </message>
    <message>
        <source>The passphrase file {path} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать файл с парольной фразой {path} ({reason}).</translation>
    </message>
    <message>
        <source>Restoring replaces all current data; add --yes to confirm when not asked on a terminal.</source>
        <translation>Восстановление заменяет все текущие данные; если подтверждение нельзя запросить в терминале, добавьте параметр --yes.</translation>
    </message>
    <message>
        <source>Cannot read «{path}»: {reason}</source>
        <translation>Не удаётся прочитать «{path}»: {reason}</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Файл не является документом PDF.</translation>
    </message>
    <message>
        <source>The PDF is not a certificate printed by this program.</source>
        <translation>Этот PDF не является сертификатом, напечатанным этой программой.</translation>
    </message>
    <message>
        <source>The college&apos;s logo cannot be read as a PNG or JPEG image; choose it again in Settings → College details.</source>
        <translation>Логотип колледжа не читается как изображение PNG или JPEG; выберите его заново: Настройки → Сведения о колледже.</translation>
    </message>
    <message>
        <source>Cannot write certificates to the folder {folder} ({reason}). Choose another folder.</source>
        <translation>Не удаётся записать сертификаты в папку {folder} ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a file named {name}; choose an empty folder.</source>
        <translation>В папке {folder} уже есть файл {name}; выберите пустую папку.</translation>
    </message>
    <message>
        <source>Cannot write «{path}»: {reason}</source>
        <translation>Не удаётся записать «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .xlsx, .csv or .pdf.</source>
        <translation>Не удаётся записать «{name}»: выберите файл с расширением .xlsx, .csv или .pdf.</translation>
    </message>
    <message>
        <source>This enrolment no longer exists; someone may have deleted it meanwhile.</source>
        <translation>Этой записи о зачислении больше нет; возможно, её тем временем кто-то удалил.</translation>
    </message>
    <message>
        <source>This certificate is no longer in the registry.</source>
        <translation>Этого сертификата больше нет в реестре.</translation>
    </message>
    <message>
        <source>A certificate is printed in Kazakh (kk), Russian (ru) or English (en), not «{language}».</source>
        <translation>Сертификат печатается на казахском (kk), русском (ru) или английском (en) языке; язык «{language}» не подходит.</translation>
    </message>
    <message>
        <source>{name} has not completed «{programme}» (group {group}); a certificate is issued only for a completed programme.</source>
        <translation>Обучающийся {name} не завершил программу «{programme}» (группа {group}); сертификат выдаётся только за завершённую программу.</translation>
    </message>
    <message>
        <source>{name} already has certificate {number} for «{programme}». If the paper is lost, print a duplicate from the registry.</source>
        <translation>Обучающемуся {name} уже выдан сертификат {number} по программе «{programme}». Если бланк утерян, напечатайте дубликат из реестра.</translation>
    </message>
    <message>
        <source>The programme «{programme}» has no English name; add one to the programme before printing an English certificate.</source>
        <translation>У программы «{programme}» нет названия на английском; добавьте его в программу, прежде чем печатать сертификат на английском языке.</translation>
    </message>
    <message>
        <source>The programme «{programme}» has its qualification only in another language, not in {language}; add it to the programme before printing a certificate in {language}.</source>
        <translation>Квалификация программы «{programme}» записана только на другом языке, а на языке «{language}» её нет; добавьте её в программу, чтобы печатать свидетельство на этом языке.</translation>
    </message>
    <message>
        <source>A duplicate in {language} needs the programme and the learner, and one of them has been deleted: print the duplicate in the original&apos;s language.</source>
        <translation>Для дубликата на языке «{language}» нужны программа и обучающийся, а один из них удалён: напечатайте дубликат на языке оригинала.</translation>
    </message>
    <message>
        <source>Certificate {number} was revoked on {date} ({reason}); a revoked certificate cannot be reprinted.</source>
        <translation>Сертификат {number} аннулирован {date} ({reason}); аннулированный сертификат нельзя напечатать повторно.</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked (on {date}).</source>
        <translation>Сертификат {number} уже аннулирован ({date}).</translation>
    </message>
    <message>
        <source>«{text}» is not a certificate number; a number looks like KP-2026-000042.</source>
        <translation>«{text}» — не номер сертификата; номер выглядит так: KP-2026-000042.</translation>
    </message>
    <message>
        <source>There is no certificate {number} in the registry.</source>
        <translation>Сертификата {number} нет в реестре.</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Date the programme was completed</source>
        <translation>Дата завершения программы</translation>
    </message>
    <message>
        <source>Date of revoking</source>
        <translation>Дата аннулирования</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <source>Full name (surname, given name, patronymic)</source>
        <translation>ФИО (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>Class (grade)</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>«{value}» is not a sex: write M or F (ер or әйел, М or Ж).</source>
        <translation>«{value}» — не пол: укажите М или Ж (можно также ер или әйел, M или F).</translation>
    </message>
    <message>
        <source>«{value}» does not say who gave consent: write «self» or «representative».</source>
        <translation>«{value}» — непонятно, кто дал согласие: укажите «сам» или «представитель».</translation>
    </message>
    <message>
        <source>«{value}» is not a purpose of consent: write education, journey, partners, abroad or publicity, separated by commas.</source>
        <translation>«{value}» — не цель согласия: укажите через запятую обучение, путь в кластере, передача партнёрам, передача за рубеж или фото и публикации.</translation>
    </message>
    <message>
        <source>«{value}» is not a term of consent: write the last day (dd.mm.yyyy) or «5 years after studies».</source>
        <translation>«{value}» — не срок согласия: укажите последний день (дд.мм.гггг) или «5 лет после обучения».</translation>
    </message>
    <message>
        <source>The class must be a number from 0 to 12, not {value}.</source>
        <translation>Класс должен быть числом от 0 до 12, а указано {value}.</translation>
    </message>
    <message>
        <source>The same IIN is also in row {rows} of the file.</source>
        <translation>Этот же ИИН есть в файле и в других строках: {rows}.</translation>
    </message>
    <message>
        <source>There is no group «{name}»: create it first, or choose to create the groups named in the file.</source>
        <translation>Группы «{name}» нет: сначала создайте её или включите создание групп, указанных в файле.</translation>
    </message>
    <message>
        <source>No column of the file is matched to the IIN: match the columns first.</source>
        <translation>Ни один столбец файла не сопоставлен с ИИН: сначала сопоставьте столбцы.</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>{label} is missing from the college&apos;s details (Settings → College details).</source>
        <translation>В сведениях о колледже не заполнено поле «{label}» (Настройки → Сведения о колледже).</translation>
    </message>
    <message>
        <source>The logo is too large: {size} KB, at most {limit} KB.</source>
        <translation>Логотип слишком большой: {size} КБ, допустимо не более {limit} КБ.</translation>
    </message>
    <message>
        <source>College name in Kazakh</source>
        <translation>Название колледжа на казахском</translation>
    </message>
    <message>
        <source>College name in Russian</source>
        <translation>Название колледжа на русском</translation>
    </message>
    <message>
        <source>College name in English</source>
        <translation>Название колледжа на английском</translation>
    </message>
    <message>
        <source>The certificate signing key {path} cannot be read ({reason}). Restore the keys folder from a backup, or move the damaged file away to create a new key.</source>
        <translation>Не удаётся прочитать ключ подписи сертификатов {path} ({reason}). Восстановите папку с ключами из резервной копии или переместите повреждённый файл в другое место, чтобы был создан новый ключ.</translation>
    </message>
    <message>
        <source>Cannot save the certificate signing key in {folder} ({reason}).</source>
        <translation>Не удаётся сохранить ключ подписи сертификатов в папке {folder} ({reason}).</translation>
    </message>
    <message>
        <source>«{value}» is not a date: write it as dd.mm.yyyy.</source>
        <translation>«{value}» — не дата: укажите дату в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>«{value}» is not a whole number.</source>
        <translation>«{value}» — не целое число.</translation>
    </message>
    <message>
        <source>«{value}» was stored by Excel as a rounded number, so digits are lost: format the column as Text and type the IIN again.</source>
        <translation>Excel сохранил «{value}» как округлённое число, и часть цифр потеряна: задайте столбцу формат «Текстовый» и введите ИИН заново.</translation>
    </message>
    <message>
        <source>Cannot open «{name}»: {reason}</source>
        <translation>Не удаётся открыть «{name}»: {reason}</translation>
    </message>
    <message>
        <source>«{name}» is empty: there is no table in it.</source>
        <translation>Файл «{name}» пуст: в нём нет таблицы.</translation>
    </message>
    <message>
        <source>«{name}» has a header row but no rows of data under it.</source>
        <translation>В файле «{name}» есть строка заголовков, но под ней нет строк с данными.</translation>
    </message>
    <message>
        <source>«{name}» is in the old Excel 97–2003 format: open it in Excel and save it as .xlsx (Excel workbook).</source>
        <translation>Файл «{name}» в старом формате Excel 97–2003: откройте его в Excel и сохраните как .xlsx (книга Excel).</translation>
    </message>
    <message>
        <source>«{name}» is not an Excel workbook (.xlsx), though its name says so: it is damaged or of another kind.</source>
        <translation>Файл «{name}» не является книгой Excel (.xlsx), хотя так указано в его имени: он повреждён или имеет другой формат.</translation>
    </message>
    <message>
        <source>«{name}» is not a spreadsheet: save the list from Excel as .xlsx or as CSV.</source>
        <translation>Файл «{name}» не является электронной таблицей: сохраните список из Excel в формате .xlsx или CSV.</translation>
    </message>
    <message>
        <source>«{name}» has no sheet «{sheet}»; its sheets are: {sheets}.</source>
        <translation>В файле «{name}» нет листа «{sheet}»; в нём есть листы: {sheets}.</translation>
    </message>
    <message>
        <source>«{name}» cannot be read as {encoding} text (at byte {position}): choose another encoding.</source>
        <translation>Файл «{name}» не читается как текст в кодировке {encoding} (байт {position}): выберите другую кодировку.</translation>
    </message>
    <message>
        <source>«{name}», row {row}: {reason}</source>
        <translation>«{name}», строка {row}: {reason}</translation>
    </message>
    <message>
        <source>«{name}», row {row}: a cell holds more than {limit} characters; is this really a list of learners?</source>
        <translation>«{name}», строка {row}: в ячейке больше {limit} символов; это точно список обучающихся?</translation>
    </message>
    <message>
        <source>«{name}», row {row}: more than {limit} columns.</source>
        <translation>«{name}», строка {row}: больше {limit} столбцов.</translation>
    </message>
    <message>
        <source>«{name}» has more than {limit} rows: this is not a list of learners; split it or remove the empty rows at its end.</source>
        <translation>В файле «{name}» больше {limit} строк: это не список обучающихся; разделите его или удалите пустые строки в конце.</translation>
    </message>
    <message>
        <source>«{name}» unpacks to more than {limit} MB: it is too large to be a list of learners, or it is a damaged or hostile file.</source>
        <translation>Файл «{name}» в распакованном виде больше {limit} МБ: для списка обучающихся это слишком много, либо файл повреждён или вредоносен.</translation>
    </message>
    <message>
        <source>«{name}» is packed in a way no spreadsheet program packs it (a «zip bomb»): it was not opened.</source>
        <translation>Файл «{name}» сжат так, как не сжимает ни одна программа электронных таблиц («zip-бомба»): он не открыт.</translation>
    </message>
    <message>
        <source>«{name}» is larger than {limit} MB: it is too large to be a list of learners.</source>
        <translation>Файл «{name}» больше {limit} МБ: для списка обучающихся это слишком много.</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .xlsx or .csv.</source>
        <translation>Не удаётся записать «{name}»: выберите файл с расширением .xlsx или .csv.</translation>
    </message>
    <message>
        <source>Audit entry {id} was changed after it was written: its hash does not match its contents.</source>
        <translation>Запись журнала аудита {id} изменена после того, как была сделана: её хеш не совпадает с содержимым.</translation>
    </message>
    <message>
        <source>Audit entry {id} does not follow entry {previous}: entries were removed, inserted or changed.</source>
        <translation>Запись журнала аудита {id} не продолжает запись {previous}: записи удалены, вставлены или изменены.</translation>
    </message>
    <message>
        <source>The audit log ends at entry {found}, but entry {expected} was the last one written: entries were removed.</source>
        <translation>Журнал аудита заканчивается записью {found}, а последней была сделана запись {expected}: записи удалены.</translation>
    </message>
    <message>
        <source>The audit log ends at entry {found}, but this computer saw entry {expected} written: entries were removed at the end.</source>
        <translation>Журнал аудита заканчивается записью {found}, но этот компьютер видел, как была сделана запись {expected}: записи в конце удалены.</translation>
    </message>
    <message>
        <source>Audit entry {id} is not the one this computer saw written: the audit log was rewritten.</source>
        <translation>Запись журнала аудита {id} не та, которую видел этот компьютер: журнал аудита переписан.</translation>
    </message>
    <message>
        <source>Audit entry {id} is not sealed with the audit key although earlier entries are: it was changed or inserted.</source>
        <translation>Запись журнала аудита {id} не запечатана ключом аудита, хотя предыдущие записи запечатаны: её изменили или вставили.</translation>
    </message>
    <message>
        <source>Audit entry {id} is sealed with a key this computer does not have: it was changed or inserted.</source>
        <translation>Запись журнала аудита {id} запечатана ключом, которого нет на этом компьютере: её изменили или вставили.</translation>
    </message>
    <message>
        <source>The audit entry after entry {previous} cannot be read: it holds values the program never writes, so it was changed.</source>
        <translation>Запись журнала аудита после записи {previous} не читается: в ней значения, которые программа никогда не записывает, значит, её изменили.</translation>
    </message>
    <message>
        <source>Audit entry {id} does not match its contents, and the audit log key is missing from the keys folder: either the entry was changed or the key was lost. Restore the keys folder from a backup.</source>
        <translation>Запись журнала аудита {id} не соответствует своему содержимому, а ключа журнала аудита нет в папке ключей: либо запись изменена, либо ключ утерян. Восстановите папку ключей из резервной копии.</translation>
    </message>
    <message>
        <source>This is not the passphrase of the earlier backups. Type it again, or choose to use a new passphrase (typed twice). Nothing was written.</source>
        <translation>Это не парольная фраза прежних резервных копий. Введите её ещё раз или выберите использование новой парольной фразы (её нужно ввести дважды). Ничего не записано.</translation>
    </message>
    <message>
        <source>No terminal to ask the new password on: give it with --password-file FILE.</source>
        <translation>Нет терминала, чтобы запросить новый пароль: укажите его параметром --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Введённые пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}. Ask an administrator.</source>
        <translation>Пользователю {user} ({role}) не разрешено {action}. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Nobody is logged in: log in to {action}.</source>
        <translation>Никто не вошёл в программу: войдите, чтобы {action}.</translation>
    </message>
    <message>
        <source>see personal data</source>
        <translation>просматривать персональные данные</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>печатать документы</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>читать журнал аудита</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>изменять записи</translation>
    </message>
    <message>
        <source>issue or revoke certificates</source>
        <translation>выдавать или аннулировать сертификаты</translation>
    </message>
    <message>
        <source>change agreements</source>
        <translation>изменять договоры</translation>
    </message>
    <message>
        <source>import spreadsheets</source>
        <translation>импортировать таблицы</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>экспортировать персональные данные</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>создавать резервные копии</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>восстанавливать данные из резервной копии</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>изменять настройки</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>управлять учётными записями сотрудников</translation>
    </message>
    <message>
        <source>record or withdraw consents</source>
        <translation>записывать или отзывать согласия</translation>
    </message>
    <message>
        <source>print a report of everything held about a person</source>
        <translation>печатать отчёт обо всех данных человека</translation>
    </message>
    <message>
        <source>anonymise records</source>
        <translation>обезличивать записи</translation>
    </message>
    <message>
        <source>keep the personal-data incident log</source>
        <translation>вести журнал инцидентов с персональными данными</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>registrar</source>
        <translation>регистратор</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Демонстрационный администратор</translation>
    </message>
    <message>
        <source>A user name is 2 to 64 letters, digits or . _ - @, without spaces.</source>
        <translation>Имя пользователя — от 2 до 64 символов: буквы, цифры или . _ - @, без пробелов.</translation>
    </message>
    <message>
        <source>The user name «{name}» is reserved; choose another.</source>
        <translation>Имя пользователя «{name}» зарезервировано; выберите другое.</translation>
    </message>
    <message>
        <source>There is already an account «{name}».</source>
        <translation>Учётная запись «{name}» уже существует.</translation>
    </message>
    <message>
        <source>The display name is too long: at most {maximum} characters.</source>
        <translation>ФИО слишком длинное: допустимо не более {maximum} символов.</translation>
    </message>
    <message>
        <source>There is no account «{name}».</source>
        <translation>Учётной записи «{name}» нет.</translation>
    </message>
    <message>
        <source>The first administrator exists already; ask an administrator for an account.</source>
        <translation>Первый администратор уже создан; попросите администратора создать вам учётную запись.</translation>
    </message>
    <message>
        <source>«{name}» is the last active administrator: make another administrator first.</source>
        <translation>«{name}» — последний активный администратор: сначала назначьте администратором кого-то ещё.</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>Текущий пароль введён неверно; пароль не изменён.</translation>
    </message>
    <message>
        <source>You may change only your own password; an administrator can reset another&apos;s.</source>
        <translation>Вы можете сменить только свой пароль; пароль другого сотрудника может сбросить администратор.</translation>
    </message>
    <message>
        <source>The demo administrator has no password to change.</source>
        <translation>У демонстрационного администратора нет пароля, который можно сменить.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Первая учётная запись должна быть учётной записью администратора.</translation>
    </message>
    <message>
        <source>This database has staff accounts: demo data goes only into a new database or a demo one.</source>
        <translation>В этой базе данных есть учётные записи сотрудников: демонстрационные данные можно загрузить только в новую или демонстрационную базу.</translation>
    </message>
    <message>
        <source>Printing needs {field} (placeholder {name}), which this agreement does not have.</source>
        <translation>Для печати не хватает данных: {field} (подстановочное поле {name}); в этом договоре их нет.</translation>
    </message>
    <message>
        <source>{field} is filled in only in another language, not in {language}: fill it in to print in {language} (placeholder {name}).</source>
        <translation>{field}: заполнено только на другом языке, на языке «{language}» нет — заполните, чтобы печатать на этом языке (поле {name}).</translation>
    </message>
    <message>
        <source>{field} is filled in only in another language, not in {language}: fill it in to print in {language}.</source>
        <translation>{field}: заполнено только на другом языке, на языке «{language}» нет — заполните, чтобы печатать на этом языке.</translation>
    </message>
    <message>
        <source>There is no agreement with the id {id}.</source>
        <translation>Договора с идентификатором {id} нет.</translation>
    </message>
    <message>
        <source>There is no agreement No. {number}.</source>
        <translation>Договора № {number} нет.</translation>
    </message>
    <message>
        <source>There is no agreement No. {number} of {year}.</source>
        <translation>Договора № {number} за {year} год нет.</translation>
    </message>
    <message>
        <source>Agreements are printed in Kazakh (kk) or Russian (ru), not «{language}».</source>
        <translation>Договоры печатаются на казахском (kk) или русском (ru) языке; язык «{language}» не подходит.</translation>
    </message>
    <message>
        <source>the agreement&apos;s number</source>
        <translation>номер договора</translation>
    </message>
    <message>
        <source>the agreement&apos;s year</source>
        <translation>год договора</translation>
    </message>
    <message>
        <source>the date of signing</source>
        <translation>дата подписания</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>the term</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>the title or subject</source>
        <translation>название или предмет договора</translation>
    </message>
    <message>
        <source>the college&apos;s city</source>
        <translation>город колледжа</translation>
    </message>
    <message>
        <source>the college&apos;s name</source>
        <translation>название колледжа</translation>
    </message>
    <message>
        <source>the college&apos;s BIN</source>
        <translation>БИН колледжа</translation>
    </message>
    <message>
        <source>the director&apos;s name</source>
        <translation>ФИО директора</translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>название партнёра</translation>
    </message>
    <message>
        <source>the partner&apos;s BIN</source>
        <translation>БИН партнёра</translation>
    </message>
    <message>
        <source>the partner&apos;s address</source>
        <translation>адрес партнёра</translation>
    </message>
    <message>
        <source>the partner&apos;s contact person</source>
        <translation>контактное лицо партнёра</translation>
    </message>
    <message>
        <source>the partner&apos;s phone</source>
        <translation>телефон партнёра</translation>
    </message>
    <message>
        <source>the partner&apos;s e-mail</source>
        <translation>электронная почта партнёра</translation>
    </message>
    <message>
        <source>the programme or specialty</source>
        <translation>программа или специальность</translation>
    </message>
    <message>
        <source>the qualification</source>
        <translation>квалификация</translation>
    </message>
    <message>
        <source>the volume in hours</source>
        <translation>объём в часах</translation>
    </message>
    <message>
        <source>the workplace</source>
        <translation>рабочее место</translation>
    </message>
    <message>
        <source>the extra obligations</source>
        <translation>дополнительные обязательства</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>наставник</translation>
    </message>
    <message>
        <source>the bank&apos;s name</source>
        <translation>название банка</translation>
    </message>
    <message>
        <source>the name and position of the partner&apos;s signatory, kept on the Partners page</source>
        <translation>ФИО и должность подписывающего от имени партнёра (заполняются на странице «Партнёры»)</translation>
    </message>
    <message>
        <source>the pay or stipend</source>
        <translation>оплата или стипендия</translation>
    </message>
    <message>
        <source>an attached learner</source>
        <translation>прикреплённый обучающийся</translation>
    </message>
    <message>
        <source>one attached learner</source>
        <translation>ровно один прикреплённый обучающийся</translation>
    </message>
    <message>
        <source>the learner&apos;s address</source>
        <translation>адрес обучающегося</translation>
    </message>
    <message>
        <source>the learner&apos;s phone</source>
        <translation>телефон обучающегося</translation>
    </message>
    <message>
        <source>the learner&apos;s legal representative</source>
        <translation>законный представитель обучающегося</translation>
    </message>
    <message>
        <source>attached learners</source>
        <translation>прикреплённые обучающиеся</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>№ объекта</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>The text uses {name}, which the program does not know.</source>
        <translation>В тексте используется подстановочное поле {name}, неизвестное программе.</translation>
    </message>
    <message>
        <source>«{text}» has a brace that opens or closes nothing; write placeholders as {example}.</source>
        <translation>В «{text}» есть фигурная скобка без пары; подстановочные поля записываются так: {example}.</translation>
    </message>
    <message>
        <source>The document text has no «{part}»; nothing was saved.</source>
        <translation>В тексте документа нет части «{part}»; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Every section needs a title and at least one clause; «{section}» has none.</source>
        <translation>У каждого раздела должны быть заголовок и хотя бы один пункт; в разделе «{section}» их нет.</translation>
    </message>
    <message>
        <source>The document text needs at least one section.</source>
        <translation>В тексте документа должен быть хотя бы один раздел.</translation>
    </message>
    <message>
        <source>There is no document text for «{kind}» in «{language}».</source>
        <translation>Текста документа «{kind}» на языке «{language}» нет.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the account is disabled or locked for a while after repeated failed attempts.</source>
        <translation>Неверное имя пользователя или пароль, либо учётная запись отключена или временно заблокирована после повторных неудачных попыток.</translation>
    </message>
    <message>
        <source>This database has staff accounts: name yours with --user NAME.</source>
        <translation>В этой базе данных есть учётные записи сотрудников: укажите свою параметром --user ИМЯ.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path} ({reason}).</source>
        <translation>Не удаётся прочитать файл с паролем {path} ({reason}).</translation>
    </message>
    <message>
        <source>The password is too short: at least {minimum} characters.</source>
        <translation>Пароль слишком короткий: нужно не менее {minimum} символов.</translation>
    </message>
    <message>
        <source>The password is too long: at most {maximum} characters.</source>
        <translation>Пароль слишком длинный: допустимо не более {maximum} символов.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Этот пароль слишком распространённый; выберите такой, который труднее угадать.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Пароль не должен совпадать с именем пользователя.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Start of employment</source>
        <translation>Дата приёма на работу</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Where the graduate works</source>
        <translation>Где работает выпускник</translation>
    </message>
    <message>
        <source>The employment record no longer exists (perhaps someone deleted it).</source>
        <translation>Записи о трудоустройстве больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>The follow-up no longer exists (perhaps someone deleted it).</source>
        <translation>Записи о проверке больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>{name} has no college enrolment that was completed or is under way: only graduates are employed here.</source>
        <translation>{name} не окончил(а) колледж и не учится в нём: здесь отмечается трудоустройство только выпускников.</translation>
    </message>
    <message>
        <source>The job starts ({start}) before {name} graduates ({graduation}): work during studies is a placement.</source>
        <translation>Работа начинается ({start}) раньше выпуска: {name} оканчивает колледж {graduation}; работа во время учёбы отмечается как практика.</translation>
    </message>
    <message>
        <source>A follow-up is made 6 or 12 months after the start, not {months}.</source>
        <translation>Проверка проводится через 6 или 12 месяцев после начала работы, а не через {months}.</translation>
    </message>
    <message>
        <source>The follow-up ({checked}) is before the job started ({start}).</source>
        <translation>Дата проверки ({checked}) раньше начала работы ({start}).</translation>
    </message>
    <message>
        <source>This job already has its {months}-month follow-up.</source>
        <translation>Проверка через {months} мес. по этой работе уже есть.</translation>
    </message>
    <message>
        <source>Say where the graduate works now, or mark them as no longer employed.</source>
        <translation>Укажите, где выпускник работает сейчас, или отметьте, что он больше не работает.</translation>
    </message>
    <message>
        <source>Date of the follow-up: the {months}-month follow-up is made {low} to {high} months after graduation ({graduation}), from {first} to {last}, not on {checked}.</source>
        <translation>Дата проверки: проверка через {months} месяцев проводится через {low}–{high} месяцев после выпуска ({graduation}), с {first} по {last}, а не {checked}.</translation>
    </message>
    <message>
        <source>End of employment</source>
        <translation>Окончание работы</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Дата мероприятия</translation>
    </message>
    <message>
        <source>Place in Kazakh</source>
        <translation>Место на казахском</translation>
    </message>
    <message>
        <source>Place in Russian</source>
        <translation>Место на русском</translation>
    </message>
    <message>
        <source>Topic in Kazakh</source>
        <translation>Тема на казахском</translation>
    </message>
    <message>
        <source>Topic in Russian</source>
        <translation>Тема на русском</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>{label} is required in Kazakh, in Russian or in both.</source>
        <translation>{label}: нужно заполнить на казахском, на русском или на обоих языках.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Instructor&apos;s name</source>
        <translation>ФИО ведущего</translation>
    </message>
    <message>
        <source>Instructor&apos;s position</source>
        <translation>Должность ведущего</translation>
    </message>
    <message>
        <source>An enterprise specialist comes from a partner: choose the organisation.</source>
        <translation>Специалист предприятия приходит от партнёра: выберите организацию.</translation>
    </message>
    <message>
        <source>The instructor&apos;s organisation chosen no longer exists.</source>
        <translation>Выбранной организации ведущего больше нет.</translation>
    </message>
    <message>
        <source>Say who the instructor is: one of the college&apos;s staff or an enterprise specialist.</source>
        <translation>Укажите, кто ведущий: сотрудник колледжа или специалист предприятия.</translation>
    </message>
    <message>
        <source>The session no longer exists (perhaps someone deleted it).</source>
        <translation>Занятия больше нет (возможно, его кто-то удалил).</translation>
    </message>
    <message>
        <source>The organiser chosen no longer exists.</source>
        <translation>Выбранного организатора больше нет.</translation>
    </message>
    <message>
        <source>Record attendance either by name or as head counts by age group, not both.</source>
        <translation>Отметьте посещаемость либо поимённо, либо численностью по возрастным группам, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>The head count of «{age_group}» must be a whole number from 0 to {limit}, not {count}.</source>
        <translation>Численность группы «{age_group}» должна быть целым числом от 0 до {limit}, а не {count}.</translation>
    </message>
    <message>
        <source>The age group «{age_group}» is counted twice.</source>
        <translation>Возрастная группа «{age_group}» учтена дважды.</translation>
    </message>
    <message>
        <source>A learner marked as present no longer exists (perhaps someone deleted them).</source>
        <translation>Обучающегося, отмеченного как присутствующий, больше нет (возможно, его кто-то удалил).</translation>
    </message>
    <message>
        <source>{name} is marked as present twice.</source>
        <translation>{name} отмечен(а) как присутствующий дважды.</translation>
    </message>
    <message>
        <source>{names}: no consent in force on {day} for «{purpose}», so they cannot be named at this session. Count them in its head count instead.</source>
        <translation>{names}: на {day} нет действующего согласия на «{purpose}», поэтому их нельзя указать поимённо на этом мероприятии. Вместо этого учтите их в численности по возрастным группам.</translation>
    </message>
    <message>
        <source>{names} and {more} more: no consent in force on {day} for «{purpose}», so they cannot be named at this session. Count them in its head count instead.</source>
        <translation>{names} и ещё {more}: на {day} нет действующего согласия на «{purpose}», поэтому их нельзя указать поимённо на этом мероприятии. Вместо этого учтите их в численности по возрастным группам.</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .pdf or .xlsx.</source>
        <translation>Не удаётся записать «{name}»: выберите файл с расширением .pdf или .xlsx.</translation>
    </message>
    <message>
        <source>The report is for a year from {low} to {high} and a quarter from 1 to 4.</source>
        <translation>Отчёт составляется за год от {low} до {high} и квартал от 1 до 4.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>The placement no longer exists (perhaps someone deleted it).</source>
        <translation>Записи о практике больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>Choose the learner.</source>
        <translation>Выберите обучающегося.</translation>
    </message>
    <message>
        <source>{label}: choose the organisation.</source>
        <translation>{label}: выберите организацию.</translation>
    </message>
    <message>
        <source>{name} is not an employer or a training centre.</source>
        <translation>{name} — не работодатель и не учебный центр.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in a college specialty: a placement is for college students.</source>
        <translation>{name} не учится на специальности колледжа: практика — для студентов колледжа.</translation>
    </message>
    <message>
        <source>The placement starts ({start}) before {name} entered college ({enrolled}).</source>
        <translation>Практика начинается ({start}) раньше, чем {name} поступил(а) в колледж ({enrolled}).</translation>
    </message>
    <message>
        <source>The agreement chosen no longer exists.</source>
        <translation>Выбранного договора больше нет.</translation>
    </message>
    <message>
        <source>Agreement No. {number} is with another organisation, not with {name}.</source>
        <translation>Договор № {number} заключён с другой организацией, а не с {name}.</translation>
    </message>
    <message>
        <source>The connection settings in {path} cannot be read ({reason}). Delete that file and start the program again to choose where the data lives.</source>
        <translation>Не удаётся прочитать параметры подключения из файла {path} ({reason}). Удалите этот файл и снова запустите программу, чтобы выбрать, где хранить данные.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at {host}:{port}: it refuses the connection or cannot be reached. Check the server&apos;s address and port, that the server is running, and that it accepts connections from other computers.</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL {host}:{port}: сервер отклоняет подключение или недоступен. Проверьте адрес и порт сервера, запущен ли сервер и принимает ли он подключения с других компьютеров.</translation>
    </message>
    <message>
        <source>No computer named «{host}» is found on the network. Check the server&apos;s name, or use its IP address.</source>
        <translation>Компьютер с именем «{host}» в сети не найден. Проверьте имя сервера или укажите его IP-адрес.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} does not accept the user «{user}» with this password. Check the user name and the password (capital letters matter).</source>
        <translation>Сервер PostgreSQL {host}:{port} не принимает пользователя «{user}» с этим паролем. Проверьте имя пользователя и пароль (прописные и строчные буквы различаются).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} has no database «{database}». Check its name, or ask whoever runs the server to create an empty database owned by «{user}».</source>
        <translation>На сервере PostgreSQL {host}:{port} нет базы данных «{database}». Проверьте её название или попросите администратора сервера создать пустую базу данных, владельцем которой будет «{user}».</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {host}:{port} does not let this computer connect as «{user}» to «{database}». Ask whoever runs the server to allow it (pg_hba.conf).</source>
        <translation>Сервер PostgreSQL {host}:{port} не разрешает этому компьютеру подключаться к базе «{database}» от имени «{user}». Попросите администратора сервера разрешить подключение (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server at {host}:{port} did not answer within {seconds} seconds. Check the address; a firewall may be blocking the port.</source>
        <translation>Сервер {host}:{port} не ответил в течение {seconds} с. Проверьте адрес; возможно, порт блокирует брандмауэр.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at {host}:{port}: {reason}</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL {host}:{port}: {reason}</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or IP address.</source>
        <translation>Укажите имя или IP-адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Укажите название базы данных на сервере.</translation>
    </message>
    <message>
        <source>Enter the user name for the server.</source>
        <translation>Укажите имя пользователя на сервере.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Порт — это число от 1 до 65535 (обычно 5432).</translation>
    </message>
    <message>
        <source>Graduates&apos; employment</source>
        <translation>Трудоустройство выпускников</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>State order</source>
        <translation>Госзаказ</translation>
    </message>
    <message>
        <source>Employer-funded</source>
        <translation>За счёт работодателя</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявлений</translation>
    </message>
    <message>
        <source>Admitted by order</source>
        <translation>Зачислено приказом</translation>
    </message>
    <message>
        <source>Began studying</source>
        <translation>Приступили к обучению</translation>
    </message>
    <message>
        <source>Employers&apos; demand</source>
        <translation>Спрос работодателей</translation>
    </message>
    <message>
        <source>Forecast of graduates</source>
        <translation>Прогноз выпуска</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>Jobs recorded</source>
        <translation>Записей о трудоустройстве</translation>
    </message>
    <message>
        <source>6 months after graduation</source>
        <translation>Через 6 месяцев после выпуска</translation>
    </message>
    <message>
        <source>12 months after graduation</source>
        <translation>Через 12 месяцев после выпуска</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Start of the destination</source>
        <translation>Начало направления</translation>
    </message>
    <message>
        <source>End of the destination</source>
        <translation>Окончание направления</translation>
    </message>
    <message>
        <source>University or college</source>
        <translation>Вуз или колледж</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Вид подтверждения</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation>Дата подтверждения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The destination record no longer exists (perhaps someone deleted it).</source>
        <translation>Записи о направлении больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>A job is recorded as a job, with its employer: choose another destination here.</source>
        <translation>Работа вносится как запись о трудоустройстве, с работодателем: здесь выберите другое направление.</translation>
    </message>
    <message>
        <source>The destination starts ({start}) before {name} graduates ({graduation}).</source>
        <translation>Направление начинается ({start}) раньше, чем {name} заканчивает обучение ({graduation}).</translation>
    </message>
    <message>
        <source>{name} has no college enrolment that was completed or is under way: only graduates have destinations.</source>
        <translation>{name}: нет завершённого или текущего обучения в колледже — направление бывает только у выпускников.</translation>
    </message>
    <message>
        <source>Further study needs the university or college: choose it from the list.</source>
        <translation>Для продолжения обучения нужен вуз или колледж: выберите его из списка.</translation>
    </message>
    <message>
        <source>«{name}» is not a university or college: further study is at one of them.</source>
        <translation>«{name}» — не вуз и не колледж: обучение продолжают в одном из них.</translation>
    </message>
    <message>
        <source>Document number is required: only a phone call has none.</source>
        <translation>Номер документа обязателен: его нет только у телефонного звонка.</translation>
    </message>
    <message>
        <source>A destination either counts as employed or is taken out of the graduates, not both; «unknown» and «not employed» can be neither.</source>
        <translation>Направление либо считается трудоустройством, либо исключается из числа выпускников, но не то и другое; «нет сведений» и «не работает» не могут быть ни тем, ни другим.</translation>
    </message>
    <message>
        <source>Employed in the specialty</source>
        <translation>Работает по специальности</translation>
    </message>
    <message>
        <source>Employed outside the specialty</source>
        <translation>Работает не по специальности</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Продолжает обучение</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Служба в армии</translation>
    </message>
    <message>
        <source>Maternity or childcare leave</source>
        <translation>Отпуск по беременности, родам или уходу за ребёнком</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Самозанятый</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Нет сведений</translation>
    </message>
    <message>
        <source>Employment order</source>
        <translation>Приказ о приёме на работу</translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation>Трудовой договор</translation>
    </message>
    <message>
        <source>Employer&apos;s letter</source>
        <translation>Письмо работодателя</translation>
    </message>
    <message>
        <source>Pension-contribution statement</source>
        <translation>Выписка о пенсионных взносах</translation>
    </message>
    <message>
        <source>University enrolment letter</source>
        <translation>Справка вуза о зачислении</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>no job recorded</source>
        <translation>нет сведений о трудоустройстве</translation>
    </message>
    <message>
        <source>Another program or PC is writing to the database and did not finish within {seconds} seconds; nothing was saved. Try again in a moment.</source>
        <translation>Другая программа или другой компьютер записывает в базу данных и не закончил за {seconds} с; ничего не сохранено. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>Another PC changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Другой компьютер в тот же момент изменил те же записи; ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск, на котором находится база данных, заполнен; ничего не сохранено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or the server is read-only); nothing was saved. Check the file&apos;s permissions or ask whoever runs the server.</source>
        <translation>В базу данных нельзя записать (файл или сервер доступен только для чтения); ничего не сохранено. Проверьте права доступа к файлу или обратитесь к тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; nothing was saved. Check the network and that the server is running, then try again.</source>
        <translation>Связь с сервером базы данных потеряна; ничего не сохранено. Проверьте сеть и работает ли сервер, затем попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file is {size} MB; a certificate PDF is far smaller (at most {limit} MB are checked).</source>
        <translation>Размер файла {size} МБ; PDF документа намного меньше (проверяется не более {limit} МБ).</translation>
    </message>
    <message>
        <source>The PDF has {pages} pages; at most {limit} are checked at once. Check each certificate&apos;s own PDF.</source>
        <translation>В PDF {pages} страниц; за раз проверяется не более {limit}. Проверьте PDF каждого документа отдельно.</translation>
    </message>
    <message>
        <source>The PDF cannot be read as a certificate: it is damaged, incomplete or locked.</source>
        <translation>PDF не читается как документ: он повреждён, неполон или защищён паролем.</translation>
    </message>
    <message>
        <source>Some of these learners or groups were just added or changed by someone else (another import or another PC); nothing of this import was saved. Import the file again: the learners now registered will be recognised.</source>
        <translation>Часть этих обучающихся или групп только что добавил или изменил кто-то другой (другой импорт или другой компьютер); из этого импорта ничего не сохранено. Импортируйте файл ещё раз: уже зарегистрированные обучающиеся будут распознаны.</translation>
    </message>
    <message>
        <source>The audit log key {path} cannot be read ({reason}). Restore the keys folder from a backup; without it the audit log cannot be checked or written.</source>
        <translation>Ключ журнала аудита {path} не читается ({reason}). Восстановите папку ключей из резервной копии: без него журнал аудита нельзя ни проверить, ни вести.</translation>
    </message>
    <message>
        <source>Cannot save the audit log key in {folder} ({reason}).</source>
        <translation>Не удаётся сохранить ключ журнала аудита в {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Another Cluster Desktop made the audit log key at the same moment. Nothing was saved; please do it again.</source>
        <translation>В тот же момент другой экземпляр Cluster Desktop создал ключ журнала аудита. Ничего не сохранено; повторите действие.</translation>
    </message>
    <message>
        <source>«{text}» cannot be printed: the documents&apos; font has no character «{char}» ({code}). Correct it where it was typed (Kazakh, Russian or Latin letters) and try again.</source>
        <translation>«{text}» нельзя напечатать: в шрифте документов нет символа «{char}» ({code}). Исправьте текст там, где он был введён (казахскими, русскими или латинскими буквами), и повторите.</translation>
    </message>
    <message>
        <source>Cannot read the file {path} ({reason}).</source>
        <translation>Не удаётся прочитать файл {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is not text in UTF-8 or UTF-16. Save it as UTF-8 text (in Notepad: Save as…, Encoding: UTF-8).</source>
        <translation>Файл {path} — не текст в UTF-8 или UTF-16. Сохраните его как текст UTF-8 (в Блокноте: «Сохранить как…», «Кодировка»: UTF-8).</translation>
    </message>
    <message>
        <source>The file {path} is too large to hold a password (more than {limit} bytes).</source>
        <translation>Файл {path} слишком велик для пароля (больше {limit} байт).</translation>
    </message>
    <message>
        <source>A page is not the size of a certificate blank.</source>
        <translation>Одна из страниц не соответствует размеру бланка.</translation>
    </message>
    <message>
        <source>A page carries no certificate code of this program.</source>
        <translation>На одной из страниц нет кода документа этой программы.</translation>
    </message>
    <message>
        <source>A page carries more than one code.</source>
        <translation>На одной странице больше одного кода.</translation>
    </message>
    <message>
        <source>The page has text that cannot be seen (invisible, transparent or white).</source>
        <translation>На странице есть текст, которого не видно (невидимый, прозрачный или белый).</translation>
    </message>
    <message>
        <source>Something is drawn over the certificate&apos;s text.</source>
        <translation>Поверх текста документа что-то нарисовано.</translation>
    </message>
    <message>
        <source>What the page says (number, name, programme or date) is not what its code says.</source>
        <translation>Написанное на странице (номер, имя, программа или дата) не совпадает с тем, что указано в коде.</translation>
    </message>
    <message>
        <source>The file was changed after it was printed: something was added after its end.</source>
        <translation>Файл изменён после печати: после его конца что-то добавлено.</translation>
    </message>
    <message>
        <source>The file&apos;s metadata names other certificates than its pages show.</source>
        <translation>В метаданных файла указаны не те документы, что на его страницах.</translation>
    </message>
    <message>
        <source>Found by its number only: the name on the paper must be exactly the one above, or the paper is not this certificate.</source>
        <translation>Найден только по номеру: имя на бумаге должно в точности совпадать с указанным выше, иначе это не тот документ.</translation>
    </message>
    <message>
        <source>The database {database} cannot be read: it is damaged ({reason}). Restore it from a backup (the Backup page, or «backup restore»).</source>
        <translation>Базу данных {database} не удаётся прочитать: она повреждена ({reason}). Восстановите её из резервной копии (страница «Резервное копирование» или команда «backup restore»).</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as DD.MM.YYYY or YYYY-MM-DD, e.g. 04.12.2026</source>
        <translation>«{text}» — не дата: напишите её в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например 04.12.2026</translation>
    </message>
    <message>
        <source>There is no agreement No. {number}; did you mean {suggestions}?</source>
        <translation>Договора № {number} нет; возможно, вы имели в виду {suggestions}?</translation>
    </message>
    <message>
        <source>Give the agreement&apos;s number as the list shows it, e.g. ДО-1/2026.</source>
        <translation>Укажите номер договора так, как он показан в списке, например ДО-1/2026.</translation>
    </message>
    <message>
        <source>The number {number} says the year {shown}, but --year says {year}: give one of them.</source>
        <translation>В номере {number} указан {shown} год, а в --year — {year}: укажите что-то одно.</translation>
    </message>
    <message>
        <source>Agreements in the register: {count}.</source>
        <translation>Договоров в реестре: {count}.</translation>
    </message>
    <message>
        <source>Agreements in force that end within {days} days: {count}.</source>
        <translation>Действующих договоров, истекающих в ближайшие {days} дн.: {count}.</translation>
    </message>
    <message>
        <source>Rows written to {file}: {count}.</source>
        <translation>Строк записано в {file}: {count}.</translation>
    </message>
    <message>
        <source>--school and --grade choose pupils: they filter only the learners list.</source>
        <translation>--school и --grade выбирают учеников: они фильтруют только список обучающихся.</translation>
    </message>
    <message>
        <source>There is no school with the number {school} (--school).</source>
        <translation>Школы с номером {school} нет (--school).</translation>
    </message>
    <message>
        <source>--for-partner exports the learners that partner receives today: it goes with «export learners» only, without --search, --school or --grade.</source>
        <translation>--for-partner выгружает обучающихся, которых партнёр получает сегодня: он используется только с «export learners», без --search, --school и --grade.</translation>
    </message>
    <message>
        <source>Applications: {count}.</source>
        <translation>Заявлений: {count}.</translation>
    </message>
    <message>
        <source>«{text}» is not a cohort. Write it as «field:value» pairs separated by commas, for example: {examples}.</source>
        <translation>«{text}» — не когорта. Запишите её парами «поле:значение» через запятую, например: {examples}.</translation>
    </message>
    <message>
        <source>The field «{field}» has no place in this cohort; it takes: {fields}.</source>
        <translation>Поле «{field}» не относится к этой когорте; её поля: {fields}.</translation>
    </message>
    <message>
        <source>The field «{field}» is given twice.</source>
        <translation>Поле «{field}» указано дважды.</translation>
    </message>
    <message>
        <source>The field «{field}» is missing; this cohort takes: {fields}.</source>
        <translation>Нет поля «{field}»; поля этой когорты: {fields}.</translation>
    </message>
    <message>
        <source>Field «school»: there is no school with the number «{value}».</source>
        <translation>Поле «school»: школы с номером «{value}» нет.</translation>
    </message>
    <message>
        <source>Field «grade»: a school grade is a whole number from 1 to 11, not «{value}».</source>
        <translation>Поле «grade»: класс — целое число от 1 до 11, а не «{value}».</translation>
    </message>
    <message>
        <source>Field «{field}»: write the year the academic year begins in, from {low} to {high} (2024 for 2024/25), not «{value}».</source>
        <translation>Поле «{field}»: укажите год начала учебного года от {low} до {high} (2024 для 2024/25), а не «{value}».</translation>
    </message>
    <message>
        <source>Field «specialty»: no college specialty has the qualification code «{value}».</source>
        <translation>Поле «specialty»: нет специальности колледжа с кодом квалификации «{value}».</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Год приёма</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>{label}: choose a college specialty.</source>
        <translation>{label}: выберите специальность колледжа.</translation>
    </message>
    <message>
        <source>{seat_kind}: {taken} applicants are already admitted, so the plan cannot have fewer seats than {taken}.</source>
        <translation>{seat_kind}: уже зачислено абитуриентов — {taken}, поэтому в плане не может быть меньше {taken} мест.</translation>
    </message>
    <message>
        <source>State educational order</source>
        <translation>Государственный образовательный заказ</translation>
    </message>
    <message>
        <source>Local order</source>
        <translation>Местный заказ</translation>
    </message>
    <message>
        <source>Employer-funded (target)</source>
        <translation>За счёт работодателя (целевое)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платное</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>{label}: «{code}» is not in the qualification catalogue; choose it from the list (Settings → Qualifications adds a new one).</source>
        <translation>{label}: «{code}» нет в справочнике квалификаций; выберите её из списка (новую добавляют в Настройки → Квалификации).</translation>
    </message>
    <message>
        <source>The code «{code}» is neither a specialty&apos;s (8 digits, e.g. 07240100) nor a qualification&apos;s (e.g. 3W07240101).</source>
        <translation>Код «{code}» не является ни кодом специальности (8 цифр, например 07240100), ни кодом квалификации (например 3W07240101).</translation>
    </message>
    <message>
        <source>The catalogue already has the code «{code}».</source>
        <translation>В справочнике уже есть код «{code}».</translation>
    </message>
    <message>
        <source>An entry&apos;s code cannot be changed; add a new entry instead.</source>
        <translation>Код записи изменить нельзя; добавьте вместо этого новую запись.</translation>
    </message>
    <message>
        <source>There is no specialty «{code}» in the catalogue.</source>
        <translation>В справочнике нет специальности «{code}».</translation>
    </message>
    <message>
        <source>A qualification belongs to a specialty: choose it.</source>
        <translation>Квалификация относится к специальности: выберите её.</translation>
    </message>
    <message>
        <source>The qualification «{code}» does not belong to the specialty «{specialty}»: its digits differ.</source>
        <translation>Квалификация «{code}» не относится к специальности «{specialty}»: цифры кода не совпадают.</translation>
    </message>
    <message>
        <source>A specialty&apos;s code (8 digits) does not belong to another specialty.</source>
        <translation>Код специальности (8 цифр) не относится к другой специальности.</translation>
    </message>
    <message>
        <source>The catalogue entry no longer exists (perhaps someone deleted it).</source>
        <translation>Записи справочника больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>This stage record is not a school record with a grade.</source>
        <translation>Эта запись этапа — не школьная запись с классом.</translation>
    </message>
    <message>
        <source>The school record no longer exists (perhaps someone deleted it).</source>
        <translation>Школьной записи больше нет (возможно, её кто-то удалил).</translation>
    </message>
    <message>
        <source>A repeated year must come after {year}, the year the grade was recorded in, and before the pupil left school.</source>
        <translation>Повторный год должен быть позже {year} — года, в котором записан класс, — и до ухода ученика из школы.</translation>
    </message>
    <message>
        <source>The repeated year {year} is already recorded.</source>
        <translation>Повторный год {year} уже записан.</translation>
    </message>
    <message>
        <source>The day the pupil left ({day}) is before the school record began ({start}).</source>
        <translation>День ухода ученика ({day}) раньше начала школьной записи ({start}).</translation>
    </message>
    <message>
        <source>Incident No. {id} recorded. Record its notification with: incidents notified {id} --to … --on …</source>
        <translation>Инцидент № {id} записан. Уведомление запишите так: incidents notified {id} --to … --on …</translation>
    </message>
    <message>
        <source>Incident No. {id}: notification recorded ({to}, {on}).</source>
        <translation>Инцидент № {id}: уведомление записано ({to}, {on}).</translation>
    </message>
    <message>
        <source>No incidents recorded.</source>
        <translation>Инцидентов не записано.</translation>
    </message>
    <message>
        <source>Not yet notified: {count}; the oldest was found {days} days ago ({on}).</source>
        <translation>Ещё не уведомлено: {count}; самый давний обнаружен {days} дн. назад ({on}).</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>не уведомлено</translation>
    </message>
    <message>
        <source>No one with IIN {iin} is registered; no report was written.</source>
        <translation>Человек с ИИН {iin} не зарегистрирован; отчёт не записан.</translation>
    </message>
    <message>
        <source>Cannot write «{name}»: choose a file ending in .pdf.</source>
        <translation>Не удаётся записать «{name}»: выберите файл с окончанием .pdf.</translation>
    </message>
    <message>
        <source>{name} was anonymised on {day}: the record no longer holds anyone&apos;s identity, so no report was written.</source>
        <translation>{name}: запись обезличена {day} и больше не содержит ничьих персональных данных, поэтому отчёт не записан.</translation>
    </message>
    <message>
        <source>Choose the records to anonymise; nothing was changed.</source>
        <translation>Выберите записи для обезличивания; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no person with id {id}; nothing was changed.</source>
        <translation>Человека с номером {id} нет; ничего не изменено.</translation>
    </message>
    <message>
        <source>Record {id} was already anonymised on {day}; nothing was changed.</source>
        <translation>Запись {id} уже обезличена {day}; ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is still studying in group {group}: a record with an open enrolment cannot be anonymised; nothing was changed.</source>
        <translation>{name} ещё учится в группе {group}: запись с незавершённым обучением нельзя обезличить; ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is named in agreement No. {number}, which is in force: it cannot be anonymised; nothing was changed.</source>
        <translation>{name}: запись названа в действующем договоре № {number} и не может быть обезличена; ничего не изменено.</translation>
    </message>
    <message>
        <source>{name}: the records are kept until {day}; only records past their keeping period may be anonymised. Nothing was changed.</source>
        <translation>{name}: записи хранятся до {day}; обезличить можно только записи с истёкшим сроком хранения. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is not past the keeping period (still studying, or no record that ends it); nothing was changed.</source>
        <translation>{name}: срок хранения не истёк (ещё учится или нет записи, от которой он отсчитывается); ничего не изменено.</translation>
    </message>
    <message>
        <source>Certificate {number} belongs to an anonymised record: the holder&apos;s name is no longer kept, so it cannot be printed again.</source>
        <translation>Свидетельство {number} относится к обезличенной записи: имя владельца больше не хранится, поэтому его нельзя напечатать повторно.</translation>
    </message>
    <message>
        <source>Days after the 18th birthday to collect the learner&apos;s own consent</source>
        <translation>Дней после 18-летия на получение собственного согласия обучающегося</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Дней вперёд</translation>
    </message>
    <message>
        <source>education records</source>
        <translation>учёт обучения</translation>
    </message>
    <message>
        <source>the cluster journey across stages</source>
        <translation>путь по ступеням кластера</translation>
    </message>
    <message>
        <source>transfer to partner enterprises</source>
        <translation>передача предприятиям-партнёрам</translation>
    </message>
    <message>
        <source>transfer abroad to partner universities</source>
        <translation>передача за рубеж вузам-партнёрам</translation>
    </message>
    <message>
        <source>photos and publicity</source>
        <translation>фотографии и публикации</translation>
    </message>
    <message>
        <source>{names}: no consent in force on {day} for «{purpose}». Record the signed consent first.</source>
        <translation>{names}: на {day} нет действующего согласия на «{purpose}». Сначала внесите подписанное согласие.</translation>
    </message>
    <message>
        <source>{names} and {more} more: no consent in force on {day} for «{purpose}». Record the signed consents first.</source>
        <translation>{names} и ещё {more}: на {day} нет действующего согласия на «{purpose}». Сначала внесите подписанные согласия.</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Records affected</source>
        <translation>Затронуто записей</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Какие записи</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Кого уведомили</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <source>The incident no longer exists (perhaps someone deleted it).</source>
        <translation>Инцидента больше нет (возможно, его кто-то удалил).</translation>
    </message>
    <message>
        <source>Learners for a partner</source>
        <translation>Обучающиеся для партнёра</translation>
    </message>
    <message>
        <source>A {role} cannot be allowed to {action}: that role only reads and prints.</source>
        <translation>Роли «{role}» нельзя разрешить {action}: эта роль только читает и печатает.</translation>
    </message>
    <message>
        <source>Only recording consents, access reports, anonymising and the incident log are set per role.</source>
        <translation>По ролям настраиваются только запись согласий, отчёты о данных, обезличивание и журнал инцидентов.</translation>
    </message>
    <message>
        <source>{label}: enter a whole number of years from {low} to {high}.</source>
        <translation>{label}: введите целое число лет от {low} до {high}.</translation>
    </message>
    <message>
        <source>Learners who left the cluster (years after the end of studies)</source>
        <translation>Выбывшие из кластера обучающиеся (лет после окончания обучения)</translation>
    </message>
    <message>
        <source>Applicants never admitted (years after the decision)</source>
        <translation>Не принятые поступающие (лет после решения)</translation>
    </message>
    <message>
        <source>Attendance at guidance sessions by name (years after the session)</source>
        <translation>Поимённое посещение профориентационных мероприятий (лет после мероприятия)</translation>
    </message>
    <message>
        <source>Personal-data incidents (years after they were found)</source>
        <translation>Инциденты с персональными данными (лет после обнаружения)</translation>
    </message>
    <message>
        <source>left the cluster</source>
        <translation>выбыл из кластера</translation>
    </message>
    <message>
        <source>applicant not admitted</source>
        <translation>поступающий не принят</translation>
    </message>
    <message>
        <source>guidance sessions</source>
        <translation>профориентационные мероприятия</translation>
    </message>
    <message>
        <source>Past their keeping period on {day}: {count}.</source>
        <translation>Срок хранения истёк на {day}: {count}.</translation>
    </message>
    <message>
        <source>Personal-data incidents past their keeping period: {count} (the oldest found on {day}; see the incident log).</source>
        <translation>Инцидентов с персональными данными с истёкшим сроком хранения: {count} (самый ранний обнаружен {day}; см. журнал инцидентов).</translation>
    </message>
    <message>
        <source>Anonymised: {count}. This cannot be undone except by restoring a backup made before it.</source>
        <translation>Обезличено: {count}. Отменить это можно только восстановлением резервной копии, сделанной раньше.</translation>
    </message>
    <message>
        <source>Anonymising cannot be undone except by restoring a backup: add --yes to confirm. Nothing was changed.</source>
        <translation>Обезличивание можно отменить только восстановлением резервной копии: добавьте --yes для подтверждения. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Name the records to anonymise by their ids, or give --all for every one past its keeping period.</source>
        <translation>Укажите номера записей для обезличивания или --all для всех записей с истёкшим сроком хранения.</translation>
    </message>
    <message>
        <source>Nothing is past its keeping period on {day}; nothing was changed.</source>
        <translation>На {day} нет записей с истёкшим сроком хранения; ничего не изменено.</translation>
    </message>
    <message>
        <source>«{text}» is not a record id (a whole number).</source>
        <translation>«{text}» — не номер записи (нужно целое число).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Хранится до</translation>
    </message>
    <message>
        <source>Why kept</source>
        <translation>Основание хранения</translation>
    </message>
    <message>
        <source>Rows: {count}.</source>
        <translation>Строк: {count}.</translation>
    </message>
    <message>
        <source>Consent No. {id} recorded for {name}.</source>
        <translation>Согласие № {id} записано: {name}.</translation>
    </message>
    <message>
        <source>Consent No. {id}: withdrawn from {day}: {purposes}.</source>
        <translation>Согласие № {id}: с {day} отозвано: {purposes}.</translation>
    </message>
    <message>
        <source>own consent needed</source>
        <translation>нужно своё согласие</translation>
    </message>
    <message>
        <source>Consent in own name needed (due by {day}).</source>
        <translation>Нужно согласие от своего имени (получить до {day}).</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Согласие не записано.</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>ещё не вступило в силу</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>own consent due by {day}</source>
        <translation>своё согласие получить до {day}</translation>
    </message>
    <message>
        <source>Saved. Others see the change in the window from their next login.</source>
        <translation>Сохранено. Другие увидят изменение в окне при следующем входе.</translation>
    </message>
    <message>
        <source>The standard form allows at least one purpose: tick the ones the college&apos;s paper form lists.</source>
        <translation>Типовой бланк разрешает хотя бы одну цель: отметьте те, что указаны в бумажном бланке колледжа.</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Show agreements</source>
        <translation>Показать договоры</translation>
    </message>
    <message>
        <source>No. {number} with {partner} on {date}</source>
        <translation>№ {number} с {partner} — {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expire within 60 days: </source>
        <translation>
            <numerusform>В ближайшие 60 дней истекает %n договор: </numerusform>
            <numerusform>В ближайшие 60 дней истекают %n договора: </numerusform>
            <numerusform>В ближайшие 60 дней истекают %n договоров: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more.</source>
        <translation>
            <numerusform> и ещё %n.</numerusform>
            <numerusform> и ещё %n.</numerusform>
            <numerusform> и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Writing row {done} of {total}…</source>
        <translation>Запись строки {done} из {total}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Rows written to «{name}»: {count}.</source>
        <translation>Записано строк в «{name}»: {count}.</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, разделитель — запятая (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one learner per row and a header row.</source>
        <translation>Книга Excel (.xlsx) или файл CSV со строкой заголовков и одним обучающимся в каждой строке.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>UTF-16 (Excel «Unicode text»)</source>
        <translation>UTF-16 (Excel «Текст в Юникоде»)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Запятая  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Точка с запятой  ;</translation>
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
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Encoding (CSV):</source>
        <translation>Кодировка (CSV):</translation>
    </message>
    <message>
        <source>Delimiter (CSV):</source>
        <translation>Разделитель (CSV):</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Импорт обучающихся</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv)</source>
        <translation>Электронные таблицы (*.xlsx *.xlsm *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>sheet «{sheet}»</source>
        <translation>лист «{sheet}»</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>кодировка {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of data</source>
        <translation>
            <numerusform>%n строка данных</numerusform>
            <numerusform>%n строки данных</numerusform>
            <numerusform>%n строк данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>under a header of %n column(s) ({where}).</source>
        <translation>
            <numerusform>под заголовком из %n столбца ({where}).</numerusform>
            <numerusform>под заголовком из %n столбцов ({where}).</numerusform>
            <numerusform>под заголовком из %n столбцов ({where}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Создание учётной записи администратора</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the administrator&apos;s account: the administrator adds the accounts of the other staff and decides what each may do.</source>
        <translation>В этой базе данных ещё нет учётных записей сотрудников. Создайте учётную запись администратора: администратор добавляет учётные записи остальных сотрудников и решает, что каждому из них разрешено.</translation>
    </message>
    <message>
        <source>e.g. Aigerim Sarsenova</source>
        <translation>например, Сарсенова Айгерим</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Создать и войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль ещё р&amp;аз:</translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Придумайте имя пользователя.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Создание учётной записи…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Cluster Desktop — first start</source>
        <translation>Cluster Desktop — первый запуск</translation>
    </message>
    <message>
        <source>&amp;Finish and log in</source>
        <translation>&amp;Завершить и войти</translation>
    </message>
    <message>
        <source>Setting up the database…</source>
        <translation>Подготовка базы данных…</translation>
    </message>
    <message>
        <source>Nothing you entered is saved; the program asks again at the next start. Quit?</source>
        <translation>Введённые данные не будут сохранены; при следующем запуске программа спросит всё заново. Выйти?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Проверка трудоустройства</translation>
    </message>
    <message>
        <source>Edit the follow-up</source>
        <translation>Редактирование проверки</translation>
    </message>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>через %n месяц</numerusform>
            <numerusform>через %n месяца</numerusform>
            <numerusform>через %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Still employed</source>
        <translation>Продолжает работать</translation>
    </message>
    <message>
        <source>…or in words, when not in the list</source>
        <translation>…или словами, если нет в списке</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>{job}, since {date}</source>
        <translation>{job}, с {date}</translation>
    </message>
    <message>
        <source>(not in the list)</source>
        <translation>(нет в списке)</translation>
    </message>
    <message>
        <source>The follow-up has not been saved. Close without saving?</source>
        <translation>Проверка не сохранена. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <source>School grade</source>
        <translation>Школьный класс</translation>
    </message>
    <message>
        <source>Repeats a year</source>
        <translation>Остался на второй год</translation>
    </message>
    <message>
        <source>Left school</source>
        <translation>Ушёл из школы</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Grade today</source>
        <translation>Класс на сегодня</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Academic year repeated</source>
        <translation>Повторный учебный год</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>The learner has no school record with a grade.</source>
        <translation>У обучающегося нет школьной записи с классом.</translation>
    </message>
    <message>
        <source>recorded: grade {grade} in {year}</source>
        <translation>записано: {grade} класс в {year} учебном году</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade} класс</translation>
    </message>
    <message>
        <source>finished school</source>
        <translation>школа окончена</translation>
    </message>
    <message>
        <source>left school</source>
        <translation>ушёл из школы</translation>
    </message>
    <message>
        <source>not at school yet</source>
        <translation>ещё не в школе</translation>
    </message>
</context>
<context>
    <name>GraduateJobs</name>
    <message>
        <source>Job</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <source>&amp;Record job…</source>
        <translation>&amp;Внести место работы…</translation>
    </message>
    <message>
        <source>Record where the graduate works (Ctrl+N)</source>
        <translation>Внести место работы выпускника (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Проверка…</translation>
    </message>
    <message>
        <source>Still employed 6 or 12 months after the start?</source>
        <translation>Работает ли выпускник через 6 или 12 месяцев после начала работы?</translation>
    </message>
    <message>
        <source>De&amp;stination…</source>
        <translation>&amp;Направление…</translation>
    </message>
    <message>
        <source>Record a destination other than a job (further study, army, leave…) with its evidence</source>
        <translation>Внести направление, кроме работы (продолжение обучения, армия, отпуск…), с подтверждением</translation>
    </message>
    <message>
        <source>Select a graduate to see their jobs.</source>
        <translation>Выберите выпускника, чтобы увидеть его места работы.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>{specialty}, graduated {date}</source>
        <translation>{specialty}, выпуск {date}</translation>
    </message>
    <message>
        <source>still employed</source>
        <translation>продолжает работать</translation>
    </message>
    <message>
        <source>no longer employed</source>
        <translation>больше не работает</translation>
    </message>
    <message>
        <source>After {months} months: {state}</source>
        <translation>Через {months} месяцев: {state}</translation>
    </message>
    <message>
        <source>⚠ No job recorded for this graduate.</source>
        <translation>⚠ Сведений о трудоустройстве этого выпускника нет.</translation>
    </message>
    <message>
        <source> No. {number}</source>
        <translation> № {number}</translation>
    </message>
    <message>
        <source>Evidence: {kind}{number} of {date}; recorded by {user}</source>
        <translation>Подтверждение: {kind}{number} от {date}; внёс(ла): {user}</translation>
    </message>
    <message>
        <source>{kind} No. {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Подтверждение: {text}</translation>
    </message>
    <message>
        <source>Delete the destination «{job}» of {name}? This cannot be undone.</source>
        <translation>Удалить направление «{job}» выпускника {name}? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete the job «{job}» of {name} with its follow-ups? This cannot be undone.</source>
        <translation>Удалить место работы «{job}» ({name}) вместе с проверками? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete this follow-up of the job «{job}» of {name}? This cannot be undone.</source>
        <translation>Удалить эту проверку по месту работы «{job}» ({name})? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Редактирование группы</translation>
    </message>
    <message>
        <source>e.g. ТКР-24-1</source>
        <translation>например, ТКР-24-1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Choose the programme.</source>
        <translation>Выберите программу.</translation>
    </message>
    <message>
        <source>The group has unsaved changes. Close without saving?</source>
        <translation>В группе есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>GroupMembersPanel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Итог, %</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Буква</translation>
    </message>
    <message>
        <source>5-point</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Зачислить обучающихся…</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>Внести результат…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Убрать из группы</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n обучающийся</numerusform>
            <numerusform>%n обучающихся</numerusform>
            <numerusform>%n обучающихся</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {name} from the group {group}? Their status and result in this group are deleted too.</source>
        <translation>Убрать из группы {group} обучающегося {name}? Его статус и результат в этой группе тоже будут удалены.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n learner(s) from the group {group}? Their statuses and results in this group are deleted too.</source>
        <translation>
            <numerusform>Убрать %n обучающегося из группы {group}? Статусы и результаты в этой группе тоже будут удалены.</numerusform>
            <numerusform>Убрать %n обучающихся из группы {group}? Статусы и результаты в этой группе тоже будут удалены.</numerusform>
            <numerusform>Убрать %n обучающихся из группы {group}? Статусы и результаты в этой группе тоже будут удалены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceSessionDialog</name>
    <message>
        <source>New guidance session</source>
        <translation>Новое профориентационное мероприятие</translation>
    </message>
    <message>
        <source>Edit guidance session</source>
        <translation>Редактирование профориентационного мероприятия</translation>
    </message>
    <message>
        <source>Learners by name</source>
        <translation>Обучающиеся поимённо</translation>
    </message>
    <message>
        <source>Head counts by age group (no names)</source>
        <translation>Численность по возрастным группам (без имён)</translation>
    </message>
    <message>
        <source>Only the attendance of the way chosen here is saved.</source>
        <translation>Сохраняется только посещаемость, отмеченная выбранным здесь способом.</translation>
    </message>
    <message>
        <source>Age group or grade</source>
        <translation>Возрастная группа или класс</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Число детей</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Surname and initials</source>
        <translation>Фамилия и инициалы</translation>
    </message>
    <message>
        <source>e.g. teacher of special subjects</source>
        <translation>например, преподаватель спецдисциплин</translation>
    </message>
    <message>
        <source>(choose the enterprise)</source>
        <translation>(выберите предприятие)</translation>
    </message>
    <message>
        <source>Add &amp;age group</source>
        <translation>Добавить &amp;возрастную группу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <source>Instructor&apos;s name</source>
        <translation>ФИО ведущего</translation>
    </message>
    <message>
        <source>Position (college staff)</source>
        <translation>Должность (сотрудник колледжа)</translation>
    </message>
    <message>
        <source>Enterprise (specialist)</source>
        <translation>Предприятие (специалист)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Кто присутствовал</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Enter the number of children of «{age_group}».</source>
        <translation>Укажите число детей в группе «{age_group}».</translation>
    </message>
    <message numerus="yes">
        <source>Keep this session as a head count instead? The %n learner(s) named are counted without names in one age group: type the age group, then save.</source>
        <translation>
            <numerusform>Сохранить это мероприятие как численность вместо имён? Указанный %n обучающийся учитывается без имени в одной возрастной группе: введите возрастную группу и сохраните.</numerusform>
            <numerusform>Сохранить это мероприятие как численность вместо имён? Указанные %n обучающихся учитываются без имён в одной возрастной группе: введите возрастную группу и сохраните.</numerusform>
            <numerusform>Сохранить это мероприятие как численность вместо имён? Указанные %n обучающихся учитываются без имён в одной возрастной группе: введите возрастную группу и сохраните.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count instead of naming</source>
        <translation>Считать без имён</translation>
    </message>
    <message>
        <source>The session has unsaved changes. Close without saving?</source>
        <translation>Мероприятие изменено, но не сохранено. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Row {row}, column «{column}»: {message}</source>
        <translation>Строка {row}, столбец «{column}»: {message}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <source>Import of «{name}»</source>
        <translation>Импорт файла «{name}»</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Импорт отменён: ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported: new learners — {created}, updated — {updated}, enrolled in groups — {enrolled}.</source>
        <translation>Импортировано: новых обучающихся — {created}, обновлено — {updated}, зачислено в группы — {enrolled}.</translation>
    </message>
    <message>
        <source>Groups created: {names}.</source>
        <translation>Созданы группы: {names}.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems, and only a complete file is imported.</source>
        <translation>Ничего не импортировано: в некоторых строках есть ошибки, а файл импортируется только целиком.</translation>
    </message>
    <message>
        <source>Rows in the file: {rows}; valid: {valid}; with problems: {invalid}; already registered and skipped: {skipped}.</source>
        <translation>Строк в файле: {rows}; без ошибок: {valid}; с ошибками: {invalid}; уже зарегистрированы и пропущены: {skipped}.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Импорт обучающихся</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Close the import and lose the choices made?</source>
        <translation>Пока ничего не импортировано. Закрыть импорт и потерять сделанный выбор?</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <source>Show incidents</source>
        <translation>Показать инциденты</translation>
    </message>
    <message numerus="yes">
        <source>%n personal-data incident(s) not yet notified; </source>
        <translation>
            <numerusform>Не уведомлено об инцидентах с персональными данными: %n; </numerusform>
            <numerusform>Не уведомлено об инцидентах с персональными данными: %n; </numerusform>
            <numerusform>Не уведомлено об инцидентах с персональными данными: %n; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest was found %n day(s) ago.</source>
        <translation>
            <numerusform>самый давний обнаружен %n день назад.</numerusform>
            <numerusform>самый давний обнаружен %n дня назад.</numerusform>
            <numerusform>самый давний обнаружен %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record whom you notified and when.</source>
        <translation>Запишите, кого и когда уведомили.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New personal-data incident</source>
        <translation>Новый инцидент с персональными данными</translation>
    </message>
    <message>
        <source>Personal-data incident</source>
        <translation>Инцидент с персональными данными</translation>
    </message>
    <message>
        <source>e.g. a USB stick with the intake list was lost</source>
        <translation>например, утерян USB-накопитель со списком поступающих</translation>
    </message>
    <message>
        <source>e.g. applicants of 2025: names, IINs, phones</source>
        <translation>например, поступающие 2025 года: ФИО, ИИН, телефоны</translation>
    </message>
    <message>
        <source>The notification has been made</source>
        <translation>Уведомление сделано</translation>
    </message>
    <message>
        <source>the authorised body; the subjects or their representatives</source>
        <translation>уполномоченный орган; субъекты или их представители</translation>
    </message>
    <message>
        <source>The incident has not been saved. Close without saving?</source>
        <translation>Инцидент не сохранён. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>not yet notified</source>
        <translation>ещё не уведомлено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомлены</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Новый инцидент…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>A leak, a lost stick, a list sent to the wrong address: record it the day it is found, with what was done, and record whom you notified (the authorised body, the people concerned) and when.</source>
        <translation>Утечка, потерянная флешка, список, отправленный не по адресу: запишите инцидент в день обнаружения вместе с принятыми мерами, а также кого (уполномоченный орган, затронутых лиц) и когда уведомили.</translation>
    </message>
</context>
<context>
    <name>IntakePlanDialog</name>
    <message>
        <source>Intake plan</source>
        <translation>План приёма</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Intake year</source>
        <translation>Год приёма</translation>
    </message>
    <message>
        <source>(choose the specialty)</source>
        <translation>(выберите специальность)</translation>
    </message>
    <message>
        <source>Employers ask for {requested} in {year}; the forecast of graduates that year: {forecast}. Applications: {applied}, admitted: {admitted}.</source>
        <translation>Работодатели просят {requested} чел. на {year} год; прогноз выпуска в этом году: {forecast}. Заявлений: {applied}, зачислено: {admitted}.</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Close without saving?</source>
        <translation>В плане есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Print a duplicate</source>
        <translation>Печать дубликата</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Выдача сертификатов</translation>
    </message>
    <message>
        <source>A duplicate gets its own number and is marked as a duplicate of the original.</source>
        <translation>Дубликат получает собственный номер и помечается как дубликат оригинала.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) will be issued. Each gets the next number of its series.</source>
        <translation>
            <numerusform>Будет выдан %n сертификат. Каждому присваивается следующий номер его серии.</numerusform>
            <numerusform>Будет выдано %n сертификата. Каждому присваивается следующий номер его серии.</numerusform>
            <numerusform>Будет выдано %n сертификатов. Каждому присваивается следующий номер его серии.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Language of the blank</source>
        <translation>Язык бланка</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Save PDFs to</source>
        <translation>Сохранить PDF в папку</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>Выберите папку для файлов PDF.</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Select a learner to see their journey.</source>
        <translation>Выберите обучающегося, чтобы увидеть его путь.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Journey through the cluster</source>
        <translation>Путь в кластере</translation>
    </message>
    <message>
        <source>Anonymised after the keeping period: no name, IIN or contacts are kept.</source>
        <translation>Обезличено по истечении срока хранения: Ф. И. О., ИИН и контакты не хранятся.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>по сей день</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade} класс</translation>
    </message>
    <message>
        <source>finished school</source>
        <translation>школа окончена</translation>
    </message>
    <message>
        <source>group {name}</source>
        <translation>группа {name}</translation>
    </message>
    <message>
        <source>result {percent}% ({letter}, {mark} of 5)</source>
        <translation>результат {percent}% ({letter}, {mark} из 5)</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>Career-guidance session: {topic}</source>
        <translation>Профориентационное мероприятие: {topic}</translation>
    </message>
    <message>
        <source>Dual-education period</source>
        <translation>Период дуального обучения</translation>
    </message>
    <message>
        <source>Practice placement</source>
        <translation>Производственная практика</translation>
    </message>
    <message>
        <source>Employed as {position}</source>
        <translation>Трудоустроен(а): {position}</translation>
    </message>
    <message>
        <source>Follow-up after {months} months</source>
        <translation>Проверка через {months} мес.</translation>
    </message>
    <message>
        <source>After graduation: {destination}</source>
        <translation>После выпуска: {destination}</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <source>mentor {name}</source>
        <translation>наставник {name}</translation>
    </message>
    <message>
        <source>still employed</source>
        <translation>продолжает работать</translation>
    </message>
    <message>
        <source>no longer employed</source>
        <translation>больше не работает</translation>
    </message>
</context>
<context>
    <name>KeepingPeriodsDialog</name>
    <message>
        <source>Keeping periods</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <source>How many years each kind of personal record is kept after the event that ends its purpose. Records past their period are listed under Settings → Records past their keeping period, where they can be anonymised.</source>
        <translation>Сколько лет хранится каждый вид персональных записей после события, которым заканчивается их цель. Записи с истёкшим сроком перечислены в меню Настройки → Записи с истёкшим сроком хранения, где их можно обезличить.</translation>
    </message>
    <message>
        <source>yr.</source>
        <translation>г.</translation>
    </message>
    <message>
        <source>The college&apos;s default: {years}</source>
        <translation>По умолчанию в колледже: {years}</translation>
    </message>
    <message>
        <source>The keeping periods have not been saved. Close without saving?</source>
        <translation>Сроки хранения не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Preschool</source>
        <translation>Дошкольный</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>Сам обучающийся</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Career-guidance session</source>
        <translation>Профориентационное мероприятие</translation>
    </message>
    <message>
        <source>Profile course</source>
        <translation>Профильный курс</translation>
    </message>
    <message>
        <source>Professional course</source>
        <translation>Профессиональный курс</translation>
    </message>
    <message>
        <source>College specialty</source>
        <translation>Специальность колледжа</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Обучается</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Не освоил</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Certification body</source>
        <translation>Орган сертификации</translation>
    </message>
    <message>
        <source>Training centre</source>
        <translation>Учебный центр</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>(in Kazakh)</source>
        <translation>(каз.)</translation>
    </message>
    <message>
        <source>(in Russian)</source>
        <translation>(рус.)</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(англ.)</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Очная</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Заочная</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Дистанционная</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>Memorandum of cooperation</source>
        <translation>Меморандум о сотрудничестве</translation>
    </message>
    <message>
        <source>Dual education (tripartite)</source>
        <translation>Дуальное обучение (трёхсторонний договор)</translation>
    </message>
    <message>
        <source>Practice placement</source>
        <translation>Прохождение практики</translation>
    </message>
    <message>
        <source>Target training</source>
        <translation>Целевая подготовка</translation>
    </message>
    <message>
        <source>Academic partnership</source>
        <translation>Академическое партнёрство</translation>
    </message>
    <message>
        <source>Received document</source>
        <translation>Полученный документ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Скоро истекает</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Dual-education period</source>
        <translation>Период дуального обучения</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Career-guidance talk</source>
        <translation>Профориентационная беседа</translation>
    </message>
    <message>
        <source>Master class</source>
        <translation>Мастер-класс</translation>
    </message>
    <message>
        <source>Excursion to the enterprise</source>
        <translation>Экскурсия на предприятие</translation>
    </message>
    <message>
        <source>Practical lesson</source>
        <translation>Практическое занятие</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <source>College staff</source>
        <translation>Сотрудник колледжа</translation>
    </message>
    <message>
        <source>Enterprise specialist</source>
        <translation>Специалист предприятия</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Бессрочный трудовой договор</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Срочный трудовой договор</translation>
    </message>
    <message>
        <source>Under a target-training agreement</source>
        <translation>По договору о целевой подготовке</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Ученический договор</translation>
    </message>
</context>
<context>
    <name>LanguageFields</name>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>на английском</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Cluster Desktop</source>
        <translation>Добро пожаловать в Cluster Desktop</translation>
    </message>
    <message>
        <source>A few questions before the first start: the language, where the data lives, the college and the administrator.</source>
        <translation>Несколько вопросов перед первым запуском: язык, место хранения данных, колледж и администратор.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>The language can be changed later under View → Language.</source>
        <translation>Язык можно сменить позже: Вид → Язык.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>New learner</source>
        <translation>Новый обучающийся</translation>
    </message>
    <message>
        <source>Edit learner</source>
        <translation>Редактирование обучающегося</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>only where the passport differs, e.g. Kassymov Nurlan</source>
        <translation>только если в паспорте иначе, например Kassymov Nurlan</translation>
    </message>
    <message>
        <source>mother, father, guardian…</source>
        <translation>мать, отец, опекун…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Legal representative (for learners under 18)</source>
        <translation>Законный представитель (для обучающихся младше 18 лет)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Номер бланка</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кто дал</translation>
    </message>
    <message>
        <source>Consent signed at registration</source>
        <translation>Согласие, подписанное при регистрации</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Consents and their withdrawals are recorded on the learner&apos;s card.</source>
        <translation>Согласия и их отзыв записываются в карточке обучающегося.</translation>
    </message>
    <message numerus="yes">
        <source>Until the end of studies and %n year(s) after (the college&apos;s standard form)</source>
        <translation>
            <numerusform>До окончания обучения и %n год после него (типовой бланк колледжа)</numerusform>
            <numerusform>До окончания обучения и %n года после него (типовой бланк колледжа)</numerusform>
            <numerusform>До окончания обучения и %n лет после него (типовой бланк колледжа)</numerusform>
        </translation>
    </message>
    <message>
        <source>The learner has unsaved changes. Close without saving?</source>
        <translation>Данные обучающегося изменены, но не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>Find a learner by name or IIN…</source>
        <translation>Найти обучающегося по ФИО или ИИН…</translation>
    </message>
    <message>
        <source>&amp;Attach ↓</source>
        <translation>&amp;Прикрепить ↓</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message numerus="yes">
        <source>Attached: %n learner(s)</source>
        <translation>
            <numerusform>Прикреплено обучающихся: %n</numerusform>
            <numerusform>Прикреплено обучающихся: %n</numerusform>
            <numerusform>Прикреплено обучающихся: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Поиск по ФИО или ИИН…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Pupils of this school today</source>
        <translation>Ученики этой школы на сегодня</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Все школы</translation>
    </message>
    <message>
        <source>Pupils in this grade today (the grade moves up each 1 September)</source>
        <translation>Ученики этого класса на сегодня (класс меняется каждое 1 сентября)</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade} класс</translation>
    </message>
    <message>
        <source>&amp;Add learner…</source>
        <translation>&amp;Добавить обучающегося…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Next &amp;stage…</source>
        <translation>Следующий &amp;этап…</translation>
    </message>
    <message>
        <source>School &amp;grade…</source>
        <translation>Школьный &amp;класс…</translation>
    </message>
    <message>
        <source>Record that the pupil repeats a year or has left school</source>
        <translation>Записать, что ученик остался на второй год или ушёл из школы</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>Import learners from Excel or CSV (Ctrl+I)</source>
        <translation>Импорт обучающихся из Excel или CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Экспорт списка в том виде, как он показан, в Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Персональные данные…</translation>
    </message>
    <message>
        <source>Print everything the college holds about the learner, for them (personal-data law)</source>
        <translation>Напечатать всё, что колледж хранит об обучающемся, чтобы передать ему (закон о персональных данных)</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Школа:</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n обучающийся</numerusform>
            <numerusform>%n обучающихся</numerusform>
            <numerusform>%n обучающихся</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>Удаление обучающегося</translation>
    </message>
    <message>
        <source>Delete {name} (IIN {iin}) with all stages and enrolments? This cannot be undone.</source>
        <translation>Удалить обучающегося {name} (ИИН {iin}) со всеми этапами и зачислениями? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>обучающиеся</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Cluster Desktop</source>
        <translation>Вход — Cluster Desktop</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Who is working? Log in with your staff account.</source>
        <translation>Кто работает? Войдите под своей учётной записью сотрудника.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Learners</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Programmes &amp; groups</source>
        <translation>Программы и группы</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Cluster Desktop</source>
        <translation>Cluster Desktop</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>демонстрационные данные</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>Guidance sessions</source>
        <translation>Профориентация</translation>
    </message>
    <message>
        <source>Employer demand</source>
        <translation>Потребность работодателей</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Log in to continue.</source>
        <translation>Войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>База данных: {where}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить паро&amp;ль…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Вы&amp;йти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;College details…</source>
        <translation>&amp;Сведения о колледже…</translation>
    </message>
    <message>
        <source>&amp;Document texts…</source>
        <translation>&amp;Тексты документов…</translation>
    </message>
    <message>
        <source>&amp;Qualifications…</source>
        <translation>&amp;Квалификации…</translation>
    </message>
    <message>
        <source>&amp;Roles and personal data…</source>
        <translation>&amp;Роли и персональные данные…</translation>
    </message>
    <message>
        <source>&amp;Keeping periods…</source>
        <translation>&amp;Сроки хранения…</translation>
    </message>
    <message>
        <source>Records past their keeping &amp;period…</source>
        <translation>Записи с истёкшим с&amp;роком хранения…</translation>
    </message>
    <message>
        <source>Own &amp;consent at 18…</source>
        <translation>Своё &amp;согласие с 18 лет…</translation>
    </message>
    <message>
        <source>Standard consent &amp;form…</source>
        <translation>Типовой &amp;бланк согласия…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Cluster Desktop</source>
        <translation>&amp;О программе Cluster Desktop</translation>
    </message>
    <message>
        <source>demo administrator</source>
        <translation>демонстрационный администратор</translation>
    </message>
    <message>
        <source>About Cluster Desktop</source>
        <translation>О программе Cluster Desktop</translation>
    </message>
    <message>
        <source>Cluster Desktop {version}

Records of the education–production cluster of the Khromtau mining technical college: from preschool career guidance to employment.</source>
        <translation>Cluster Desktop {version}

Учёт образовательно-производственного кластера Хромтауского горно-технического колледжа: от дошкольной профориентации до трудоустройства.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something unexpected went wrong and nothing was saved: {error}</source>
        <translation>Произошла непредвиденная ошибка, ничего не сохранено: {error}</translation>
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
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Редактирование партнёра</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>The country&apos;s two-letter code (ISO 3166): outside KZ, naming learners to it is a transfer abroad</source>
        <translation>Двухбуквенный код страны (ISO 3166): за пределами KZ указание ей обучающихся — это передача за рубеж</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>ИИК (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Signatory&apos;s sex</source>
        <translation>Пол подписанта</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>The partner has unsaved changes. Close without saving?</source>
        <translation>Данные партнёра изменены, но не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Search by name, BIN or contact…</source>
        <translation>Поиск по названию, БИН или контактному лицу…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Добавить партнёра…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel or CSV (Ctrl+E)</source>
        <translation>Экспорт списка в том виде, как он показан, в Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;New agreement with this partner…</source>
        <translation>&amp;Новый договор с этим партнёром…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n партнёр</numerusform>
            <numerusform>%n партнёра</numerusform>
            <numerusform>%n партнёров</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a partner to see its agreements.</source>
        <translation>Выберите партнёра, чтобы увидеть его договоры.</translation>
    </message>
    <message>
        <source>Agreements with {name}</source>
        <translation>Договоры с {name}</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Удаление партнёра</translation>
    </message>
    <message>
        <source>Delete {name} from the partners? This cannot be undone.</source>
        <translation>Удалить {name} из списка партнёров? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Use a new passphrase from now on</source>
        <translation>Отныне использовать новую парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Повторите:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Your account: {name}.</source>
        <translation>Ваша учётная запись: {name}.</translation>
    </message>
    <message>
        <source>A new password for {name}. Tell it to them in person; they can change it later.</source>
        <translation>Новый пароль для {name}. Сообщите его сотруднику лично; позже он сможет сменить пароль сам.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Новый пароль ещё р&amp;аз:</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Придумайте пароль.</translation>
    </message>
</context>
<context>
    <name>PastPeriodDialog</name>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Why it was kept</source>
        <translation>Основание хранения</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Хранится до</translation>
    </message>
    <message>
        <source>Records past their keeping period</source>
        <translation>Записи с истёкшим сроком хранения</translation>
    </message>
    <message>
        <source>People whose every record is past its keeping period on {day} (Settings → Keeping periods). Anonymising removes the name, IIN, contacts and representative and keeps the counts, results, certificate numbers and outcomes.</source>
        <translation>Люди, у которых на {day} истёк срок хранения всех записей (Настройки → Сроки хранения). Обезличивание удаляет Ф. И. О., ИИН, контакты и законного представителя и сохраняет количества, результаты, номера свидетельств и итоги.</translation>
    </message>
    <message>
        <source>&amp;Anonymise selected…</source>
        <translation>&amp;Обезличить выбранные…</translation>
    </message>
    <message>
        <source>Anonymise &amp;all listed…</source>
        <translation>Обезличить &amp;все в списке…</translation>
    </message>
    <message numerus="yes">
        <source>Personal-data incidents past their keeping period: %n (the oldest found on {day}; see the Incidents page).</source>
        <translation>
            <numerusform>Инцидентов с персональными данными с истёкшим сроком хранения: %n (самый ранний обнаружен {day}; см. страницу «Инциденты»).</numerusform>
            <numerusform>Инцидентов с персональными данными с истёкшим сроком хранения: %n (самый ранний обнаружен {day}; см. страницу «Инциденты»).</numerusform>
            <numerusform>Инцидентов с персональными данными с истёкшим сроком хранения: %n (самый ранний обнаружен {day}; см. страницу «Инциденты»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) past the keeping period</source>
        <translation>
            <numerusform>%n запись с истёкшим сроком хранения</numerusform>
            <numerusform>%n записи с истёкшим сроком хранения</numerusform>
            <numerusform>%n записей с истёкшим сроком хранения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s)? Names, IINs, contacts and representatives are removed for good: this cannot be undone except by restoring a backup made before it.</source>
        <translation>
            <numerusform>Обезличить %n запись? Ф. И. О., ИИН, контакты и представители удаляются навсегда: отменить это можно только восстановлением резервной копии, сделанной раньше.</numerusform>
            <numerusform>Обезличить %n записи? Ф. И. О., ИИН, контакты и представители удаляются навсегда: отменить это можно только восстановлением резервной копии, сделанной раньше.</numerusform>
            <numerusform>Обезличить %n записей? Ф. И. О., ИИН, контакты и представители удаляются навсегда: отменить это можно только восстановлением резервной копии, сделанной раньше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise records</source>
        <translation>Обезличивание записей</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Обезличивание…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>Обезличена %n запись.</numerusform>
            <numerusform>Обезличены %n записи.</numerusform>
            <numerusform>Обезличено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was anonymised.</source>
        <translation>Остановлено: ничего не обезличено.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
</context>
<context>
    <name>PendingCertificates</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Search by name or IIN…</source>
        <translation>Поиск по ФИО или ИИН…</translation>
    </message>
    <message>
        <source>All programme kinds</source>
        <translation>Все виды программ</translation>
    </message>
    <message>
        <source>Show every group again</source>
        <translation>Снова показать все группы</translation>
    </message>
    <message>
        <source>One language per blank</source>
        <translation>Каждый бланк печатается на одном языке</translation>
    </message>
    <message>
        <source>Whole &amp;group</source>
        <translation>Вся &amp;группа</translation>
    </message>
    <message>
        <source>Show only the selected learner&apos;s group</source>
        <translation>Показать только группу выбранного обучающегося</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Прос&amp;мотр</translation>
    </message>
    <message>
        <source>&amp;Issue for selected…</source>
        <translation>&amp;Выдать выбранным…</translation>
    </message>
    <message>
        <source>Issue for &amp;all shown…</source>
        <translation>Выдать всем по&amp;казанным…</translation>
    </message>
    <message>
        <source>Blank in:</source>
        <translation>Язык бланка:</translation>
    </message>
    <message>
        <source>Group {name} ✕</source>
        <translation>Группа {name} ✕</translation>
    </message>
    <message numerus="yes">
        <source>%n without a certificate</source>
        <translation>
            <numerusform>Без сертификата: %n</numerusform>
            <numerusform>Без сертификата: %n</numerusform>
            <numerusform>Без сертификата: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: {name}</source>
        <translation>Просмотр: {name}</translation>
    </message>
    <message>
        <source>Issued {done} of {total}</source>
        <translation>Выдано {done} из {total}</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>Выдача сертификатов…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued, from {first} to {last}.</source>
        <translation>
            <numerusform>Выдан %n сертификат, номера с {first} по {last}.</numerusform>
            <numerusform>Выдано %n сертификата, номера с {first} по {last}.</numerusform>
            <numerusform>Выдано %n сертификатов, номера с {first} по {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Выданные сертификаты</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n certificate(s) had been issued and saved.</source>
        <translation>
            <numerusform>Остановлено: к этому моменту выдан и сохранён %n сертификат.</numerusform>
            <numerusform>Остановлено: к этому моменту выдано и сохранено %n сертификата.</numerusform>
            <numerusform>Остановлено: к этому моменту выдано и сохранено %n сертификатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) were issued before the problem.</source>
        <translation>
            <numerusform>До возникновения ошибки был выдан %n сертификат.</numerusform>
            <numerusform>До возникновения ошибки было выдано %n сертификата.</numerusform>
            <numerusform>До возникновения ошибки было выдано %n сертификатов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>New placement</source>
        <translation>Новая практика</translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation>Редактирование практики</translation>
    </message>
    <message>
        <source>&amp;Choose ↓</source>
        <translation>&amp;Выбрать ↓</translation>
    </message>
    <message>
        <source>Leave empty while the end is not known</source>
        <translation>Оставьте пустым, пока дата окончания неизвестна</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(choose the enterprise)</source>
        <translation>(выберите предприятие)</translation>
    </message>
    <message>
        <source>The placement has unsaved changes. Close without saving?</source>
        <translation>Практика изменена, но не сохранена. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Search by learner, IIN, enterprise, mentor or agreement…</source>
        <translation>Поиск по обучающемуся, ИИН, предприятию, наставнику или договору…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>Все предприятия</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>&amp;Добавить практику…</translation>
    </message>
    <message>
        <source>New practice placement or dual-education period (Ctrl+Shift+N)</source>
        <translation>Новая производственная практика или период дуального обучения (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n практика</numerusform>
            <numerusform>%n практики</numerusform>
            <numerusform>%n практик</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the placement of {name} at {enterprise} from {start}? This cannot be undone.</source>
        <translation>Удалить практику обучающегося {name} на предприятии {enterprise} с {start}? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete placement</source>
        <translation>Удаление практики</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check and import</source>
        <translation>Проверка и импорт</translation>
    </message>
    <message>
        <source>Cells with problems are red; point at one to read what is wrong.</source>
        <translation>Ячейки с ошибками выделены красным; наведите указатель на ячейку, чтобы увидеть, в чём ошибка.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import all rows or none</source>
        <translation>Импортировать все строки или ничего</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Импортировать только строки без ошибок</translation>
    </message>
    <message>
        <source>Skip learners already registered</source>
        <translation>Пропускать уже зарегистрированных обучающихся</translation>
    </message>
    <message>
        <source>Update learners already registered</source>
        <translation>Обновлять уже зарегистрированных обучающихся</translation>
    </message>
    <message>
        <source>Consents collected on paper on:</source>
        <translation>Согласия собраны на бумаге, дата:</translation>
    </message>
    <message>
        <source>Rows without a consent date: the consent was collected on paper on this day, for the purposes of the college&apos;s standard form unless the row lists them.</source>
        <translation>Строки без даты согласия: согласие собрано на бумаге в этот день, на цели типового бланка колледжа, если в строке цели не указаны.</translation>
    </message>
    <message>
        <source>Create missing groups in:</source>
        <translation>Создать недостающие группы в программе:</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Показывать только строки с ошибками</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n строка:</numerusform>
            <numerusform>%n строки:</numerusform>
            <numerusform>%n строк:</numerusform>
        </translation>
    </message>
    <message>
        <source>ready — {valid}, with problems — {invalid}, already registered and skipped — {skipped}.</source>
        <translation>готовы — {valid}, с ошибками — {invalid}, уже зарегистрированы и пропущены — {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>Of the ready rows, %n update(s) a learner already registered.</source>
        <translation>
            <numerusform>Из готовых строк %n обновляет уже зарегистрированного обучающегося.</numerusform>
            <numerusform>Из готовых строк %n обновляют уже зарегистрированных обучающихся.</numerusform>
            <numerusform>Из готовых строк %n обновляют уже зарегистрированных обучающихся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents recorded with the new learners: {listed} with the purposes the file lists, {standard} on the college&apos;s standard form.</source>
        <translation>Согласия, записываемые с новыми обучающимися: с целями из файла — {listed}, по типовому бланку колледжа — {standard}.</translation>
    </message>
    <message>
        <source>Fix the file, or choose to import the valid rows only.</source>
        <translation>Исправьте файл или выберите импорт только строк без ошибок.</translation>
    </message>
</context>
<context>
    <name>PrivacyRolesDialog</name>
    <message>
        <source>Roles and personal data</source>
        <translation>Роли и персональные данные</translation>
    </message>
    <message>
        <source>Record and withdraw consents</source>
        <translation>Записывать и отзывать согласия</translation>
    </message>
    <message>
        <source>Print a person&apos;s access report</source>
        <translation>Печатать отчёт о данных человека</translation>
    </message>
    <message>
        <source>Anonymise records past their keeping period</source>
        <translation>Обезличивать записи с истёкшим сроком хранения</translation>
    </message>
    <message>
        <source>Keep the incident log</source>
        <translation>Вести журнал инцидентов</translation>
    </message>
    <message>
        <source>Who may do what the personal-data law governs. Administrators always may; a viewer, who changes nothing, may be allowed only to print access reports. Others see the change from their next login; the program obeys it at once.</source>
        <translation>Кто может выполнять действия, которые регулирует закон о персональных данных. Администраторы могут всегда; наблюдателю, который ничего не меняет, можно разрешить только печать отчётов о данных. Другие пользователи увидят изменение при следующем входе; программа применяет его сразу.</translation>
    </message>
    <message>
        <source>Who may do what has not been saved. Close without saving?</source>
        <translation>Разрешения не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>ProgrammeDescription</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n обучающийся</numerusform>
            <numerusform>%n обучающихся</numerusform>
            <numerusform>%n обучающихся</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Количество часов</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Редактирование программы</translation>
    </message>
    <message>
        <source>A qualification&apos;s names in each language come from the catalogue when the programme is saved</source>
        <translation>При сохранении программы названия квалификации на каждом языке берутся из справочника</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Qualification code</source>
        <translation>Код квалификации</translation>
    </message>
    <message>
        <source>Qualification name</source>
        <translation>Название квалификации</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Количество часов</translation>
    </message>
    <message>
        <source>Languages of instruction</source>
        <translation>Языки обучения</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>The programme has unsaved changes. Close without saving?</source>
        <translation>В программе есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programme / group</source>
        <translation>Программа / группа</translation>
    </message>
    <message>
        <source>Code, hours / language, dates</source>
        <translation>Код, часы / язык, даты</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Новая программа…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Новая &amp;группа…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>E&amp;xport groups…</source>
        <translation>&amp;Экспорт групп…</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>kaz</source>
        <translation>каз</translation>
    </message>
    <message>
        <source>rus</source>
        <translation>рус</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>англ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No programmes yet. Add the first one with «New programme…».</source>
        <translation>Программ пока нет. Добавьте первую кнопкой «Новая программа…».</translation>
    </message>
    <message>
        <source>Select a programme to see its description, or a group to see its learners.</source>
        <translation>Выберите программу, чтобы увидеть её описание, или группу — чтобы увидеть её обучающихся.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message numerus="yes">
        <source>Delete the programme «{name}» with its %n group(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить программу «{name}» и её группы (%n)? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить программу «{name}» и её группы (%n)? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить программу «{name}» и её группы (%n)? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Удаление программы</translation>
    </message>
    <message>
        <source>Delete the group «{name}»? This cannot be undone.</source>
        <translation>Удалить группу «{name}»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Удаление группы</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QualificationCombo</name>
    <message>
        <source>Type part of the code or name, e.g. 0724 or горный</source>
        <translation>Введите часть кода или названия, например 0724 или горный</translation>
    </message>
    <message>
        <source> (needs checking)</source>
        <translation> (требует проверки)</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Qualification catalogue</source>
        <translation>Справочник квалификаций</translation>
    </message>
    <message>
        <source>Find by code or name…</source>
        <translation>Поиск по коду или названию…</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>e.g. 07240100 or 3W07240106</source>
        <translation>например, 07240100 или 3W07240106</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>(none: the entry is a specialty)</source>
        <translation>(нет: запись — это специальность)</translation>
    </message>
    <message>
        <source> (needs checking)</source>
        <translation> (требует проверки)</translation>
    </message>
    <message>
        <source>The catalogue entry has unsaved changes. Close without saving?</source>
        <translation>В записи справочника есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <source>Revoked {date}: {reason}</source>
        <translation>Аннулирован {date}: {reason}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Дубликат к</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Search by number, name or IIN…</source>
        <translation>Поиск по номеру, ФИО или ИИН…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>All programme kinds</source>
        <translation>Все виды программ</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>Напечатать &amp;ещё раз…</translation>
    </message>
    <message>
        <source>The same blank with the same number, e.g. after a paper jam</source>
        <translation>Тот же бланк с тем же номером, например после замятия бумаги</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Дубликат…</translation>
    </message>
    <message>
        <source>A new blank with its own number, marked as a duplicate, for a lost certificate</source>
        <translation>Новый бланк с собственным номером и пометкой «дубликат» — взамен утерянного сертификата</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Аннулировать…</translation>
    </message>
    <message>
        <source>&amp;Export the book…</source>
        <translation>&amp;Экспорт книги регистрации…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n сертификат</numerusform>
            <numerusform>%n сертификата</numerusform>
            <numerusform>%n сертификатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>Сертификат {number}</translation>
    </message>
    <message>
        <source>Duplicate {number}</source>
        <translation>Дубликат {number}</translation>
    </message>
    <message>
        <source>Revoke certificate {number}</source>
        <translation>Аннулирование сертификата {number}</translation>
    </message>
    <message>
        <source>Why is the certificate of {name} revoked? The number stays in the registry.</source>
        <translation>Укажите причину аннулирования сертификата ({name}). Номер останется в реестре.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Аннулирование сертификата</translation>
    </message>
    <message>
        <source>Revoke certificate {number} of {name}? It will be reported as revoked when checked.</source>
        <translation>Аннулировать сертификат {number} ({name})? При проверке он будет показан как аннулированный.</translation>
    </message>
    <message>
        <source>Export the book of certificates</source>
        <translation>Экспорт книги регистрации сертификатов</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Book of certificates</source>
        <translation>Книга регистрации сертификатов</translation>
    </message>
    <message>
        <source>Writing the book…</source>
        <translation>Запись книги регистрации…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Outcome report</source>
        <translation>Отчёт о результатах</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number} квартал</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF для печати</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>The report lists the graduates without a recorded job by name: keep the file as personal data.</source>
        <translation>В отчёте поимённо перечислены выпускники без сведений о трудоустройстве: храните файл как персональные данные.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>outcome-report</source>
        <translation>отчёт-о-результатах</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing «{name}»…</source>
        <translation>Запись файла «{name}»…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>Saved to «{path}».</source>
        <translation>Сохранено в «{path}».</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>All current data will be replaced by the data in this backup, and the program will reopen it. A safety copy of the current data and keys is kept in the data folder.</source>
        <translation>Все текущие данные будут заменены данными из этой резервной копии, после чего программа откроет их заново. Страховочная копия текущих данных и ключей сохраняется в папке данных.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record result</source>
        <translation>Внесение результата</translation>
    </message>
    <message>
        <source>for example 87,5</source>
        <translation>например, 87,5</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Result, %</source>
        <translation>Результат, %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Enter a number from 0 to 100, for example 87,5.</source>
        <translation>Введите число от 0 до 100, например 87,5.</translation>
    </message>
    <message>
        <source>{letter} — {mark} on the 5-point scale</source>
        <translation>{letter} — {mark} по пятибалльной шкале</translation>
    </message>
    <message>
        <source>The result has not been saved. Close without saving?</source>
        <translation>Результат не сохранён. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Импорт %n строки…</numerusform>
            <numerusform>Импорт %n строк…</numerusform>
            <numerusform>Импорт %n строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Импорт отменён: ничего не изменено.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed:</source>
        <translation>Импорт не удался, ничего не изменено:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Присутствовало</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>&amp;Добавить мероприятие…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session to see who came.</source>
        <translation>Выберите мероприятие, чтобы увидеть, кто на нём присутствовал.</translation>
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
            <numerusform>{kind}, %n час</numerusform>
            <numerusform>{kind}, %n часа</numerusform>
            <numerusform>{kind}, %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised by {organiser}</source>
        <translation>Организатор: {organiser}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) by name</source>
        <translation>
            <numerusform>%n обучающийся поимённо</numerusform>
            <numerusform>%n обучающихся поимённо</numerusform>
            <numerusform>%n обучающихся поимённо</numerusform>
        </translation>
    </message>
    <message>
        <source>Age group or grade</source>
        <translation>Возрастная группа или класс</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Число детей</translation>
    </message>
    <message>
        <source>Search by topic, place, organiser or instructor…</source>
        <translation>Поиск по теме, месту, организатору или ведущему…</translation>
    </message>
    <message>
        <source>Led by {instructor}</source>
        <translation>Провёл(а): {instructor}</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) counted, without names</source>
        <translation>
            <numerusform>Учтён %n ребёнок (без имён)</numerusform>
            <numerusform>Учтено %n ребёнка (без имён)</numerusform>
            <numerusform>Учтено %n детей (без имён)</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>Посещаемость не отмечена.</translation>
    </message>
    <message>
        <source>Delete the session «{topic}» of {date} with its attendance? This cannot be undone.</source>
        <translation>Удалить мероприятие «{topic}» от {date} вместе с посещаемостью? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Удаление мероприятия</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Next stage</source>
        <translation>Следующий этап</translation>
    </message>
    <message>
        <source>Specialty, position…</source>
        <translation>Специальность, должность…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Текущий этап</translation>
    </message>
    <message>
        <source>Moves to</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>School grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The learner is already at the last stage.</source>
        <translation>Обучающийся уже на последнем этапе.</translation>
    </message>
</context>
<context>
    <name>StandardConsentDialog</name>
    <message>
        <source>Standard consent form</source>
        <translation>Типовой бланк согласия</translation>
    </message>
    <message>
        <source>What the college&apos;s paper consent form allows. A new learner&apos;s consent starts with these purposes ticked, and imported rows that list no purposes get them.</source>
        <translation>Что разрешает бумажный бланк согласия колледжа. В согласии нового обучающегося эти цели отмечены заранее, их же получают импортируемые строки, где цели не указаны.</translation>
    </message>
    <message>
        <source>yr. after the end of studies</source>
        <translation>лет после окончания обучения</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>The standard consent form has not been saved. Close without saving?</source>
        <translation>Типовой бланк согласия не сохранён. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close without saving?</source>
        <translation>Введённые данные не сохранены. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Изменить &amp;роль</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Administrators manage accounts and settings; registrars keep the records; viewers read and print.</source>
        <translation>Администраторы управляют учётными записями и настройками; регистраторы ведут учёт; наблюдатели просматривают и печатают.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>заблокирована до {time}</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <source>Scan the QR code, paste its text or type the certificate&apos;s number</source>
        <translation>Отсканируйте QR-код, вставьте его текст или введите номер документа</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Open &amp;PDF…</source>
        <translation>Открыть &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the &amp;public key…</source>
        <translation>Экспорт &amp;открытого ключа…</translation>
    </message>
    <message>
        <source>For a partner who wants to check this college&apos;s certificates with their own tools</source>
        <translation>Для партнёра, который хочет проверять сертификаты колледжа своими средствами</translation>
    </message>
    <message>
        <source>The check needs no internet: the signature and the registry are on this PC.</source>
        <translation>Для проверки не нужен интернет: подпись и реестр хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>Open a certificate PDF</source>
        <translation>Открыть PDF сертификата</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Экспорт открытого ключа</translation>
    </message>
    <message>
        <source>PEM key (*.pem)</source>
        <translation>Ключ PEM (*.pem)</translation>
    </message>
    <message>
        <source>The public key was written to {path}.</source>
        <translation>Открытый ключ записан в файл {path}.</translation>
    </message>
    <message>
        <source>Cannot check: {reason}</source>
        <translation>Проверка невозможна: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{verdict} (%n certificate(s) in the file)</source>
        <translation>
            <numerusform>{verdict} (в файле %n свидетельство)</numerusform>
            <numerusform>{verdict} (в файле %n свидетельства)</numerusform>
            <numerusform>{verdict} (в файле %n свидетельств)</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the certificate is genuine and in force.</source>
        <translation>Действителен: сертификат подлинный и действует.</translation>
    </message>
    <message>
        <source>Revoked: the certificate is genuine but no longer in force.</source>
        <translation>Аннулирован: сертификат подлинный, но больше не действует.</translation>
    </message>
    <message>
        <source>Altered or forged: the signature does not match the text.</source>
        <translation>Изменён или подделан: подпись не соответствует тексту.</translation>
    </message>
    <message>
        <source>Unknown: this certificate is not in this college&apos;s registry.</source>
        <translation>Неизвестен: этого сертификата нет в реестре колледжа.</translation>
    </message>
    <message>
        <source>Not a certificate of this program.</source>
        <translation>Это не сертификат, выданный этой программой.</translation>
    </message>
    <message>
        <source>Altered or forged: {reason}</source>
        <translation>Изменён или подделан: {reason}</translation>
    </message>
    <message>
        <source>Valid: {number} is a certificate of this college in force.</source>
        <translation>Действителен: {number} — действующий документ этого колледжа.</translation>
    </message>
    <message>
        <source>Unknown: there is no certificate {number} in this college&apos;s registry.</source>
        <translation>Неизвестен: в реестре колледжа нет документа {number}.</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Номер: {number}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>ФИО: {name}</translation>
    </message>
    <message>
        <source>Programme: {programme}</source>
        <translation>Программа: {programme}</translation>
    </message>
    <message>
        <source>Issued on: {date}</source>
        <translation>Дата выдачи: {date}</translation>
    </message>
    <message>
        <source>Duplicate of certificate {number}</source>
        <translation>Дубликат документа № {number}</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>Аннулирован {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Signed on {day} ({giver})</source>
        <translation>Подписано {day} ({giver})</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Purposes to withdraw</source>
        <translation>Отзываемые цели</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>The learner has no consent with a purpose left to withdraw.</source>
        <translation>У обучающегося нет согласия, цели которого ещё можно отозвать.</translation>
    </message>
</context>
</TS>
