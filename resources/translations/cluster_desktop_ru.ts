<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>Cannot write to the data folder {folder} ({reason}). Choose another folder with --data-dir.</source>
        <translation>Не удаётся записать данные в папку {folder} ({reason}). Укажите другую папку параметром --data-dir.</translation>
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
        <source>Cannot connect to the PostgreSQL server at {host}:{port} ({reason}). Check that the server is running and the address, user and password are right.</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL {host}:{port} ({reason}). Проверьте, что сервер запущен, а адрес, имя пользователя и пароль указаны верно.</translation>
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
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
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
        <source>Collection, storage and processing for education, certificates and employment within the cluster</source>
        <translation>Сбор, хранение и обработка в целях обучения, сертификации и трудоустройства в рамках кластера</translation>
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
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
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
        <source>Consent scope</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
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
        <source>An organisation with this BIN is already registered: {name}.</source>
        <translation>Организация с таким БИН уже зарегистрирована: {name}.</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
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
        <source>Group name</source>
        <translation>Название группы</translation>
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
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ничего не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
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
        <source>now</source>
        <translation>по сей день</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade} класс</translation>
    </message>
    <message>
        <source>group {name}</source>
        <translation>группа {name}</translation>
    </message>
    <message>
        <source>result {percent}% ({letter}, {mark} of 5)</source>
        <translation>результат {percent}% ({letter}, {mark} из 5)</translation>
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
        <translation>Профориентационное занятие</translation>
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
        <source>mother, father, guardian…</source>
        <translation>мать, отец, опекун…</translation>
    </message>
    <message>
        <source>Education, certificates and employment within the cluster</source>
        <translation>Обучение, сертификаты, трудоустройство в кластере</translation>
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
        <source>Consent to personal-data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кто дал</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>The learner has unsaved changes. Close without saving?</source>
        <translation>Данные обучающегося изменены, но не сохранены. Закрыть без сохранения?</translation>
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
        <source>Database: {where}</source>
        <translation>База данных: {where}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Cluster Desktop</source>
        <translation>&amp;О программе Cluster Desktop</translation>
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
        <source>e.g. 07210100</source>
        <translation>например, 07210100</translation>
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
</TS>
