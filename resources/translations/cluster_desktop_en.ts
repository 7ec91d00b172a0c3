<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdmissionsPage</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message numerus="yes">
        <source>{step}: %n person(s), {share} of the cohort</source>
        <translation>
            <numerusform>{step}: %n person, {share} of the cohort</numerusform>
            <numerusform>{step}: %n people, {share} of the cohort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more counted at that year&apos;s sessions without names cannot be followed.</source>
        <translation>
            <numerusform>%n more counted at that year&apos;s sessions without a name cannot be followed.</numerusform>
            <numerusform>%n more counted at that year&apos;s sessions without names cannot be followed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n person(s)</source>
        <translation>
            <numerusform>{step}: %n person</numerusform>
            <numerusform>{step}: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message numerus="yes">
        <source>valid to the end of studies plus %n year(s)</source>
        <translation>
            <numerusform>valid to the end of studies plus %n year</numerusform>
            <numerusform>valid to the end of studies plus %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened while this message was open.</source>
        <translation>
            <numerusform>%n more error happened while this message was open.</numerusform>
            <numerusform>%n more errors happened while this message was open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>{step}: %n pupil(s), {share} of the cohort</source>
        <translation>
            <numerusform>{step}: %n pupil, {share} of the cohort</numerusform>
            <numerusform>{step}: %n pupils, {share} of the cohort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graduates without a recorded job: %n</source>
        <translation>
            <numerusform>Graduates without a recorded job: %n</numerusform>
            <numerusform>Graduates without a recorded job: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemandPage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmploymentPage</name>
    <message numerus="yes">
        <source>%n graduate(s)</source>
        <translation>
            <numerusform>%n graduate</numerusform>
            <numerusform>%n graduates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <source>Found: %n</source>
        <translation>
            <numerusform>Found: %n</numerusform>
            <numerusform>Found: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n</source>
        <translation>
            <numerusform>Selected: %n</numerusform>
            <numerusform>Selected: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message numerus="yes">
        <source>%n agreement(s) expire within 60 days: </source>
        <translation>
            <numerusform>%n agreement expires within 60 days: </numerusform>
            <numerusform>%n agreements expire within 60 days: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more.</source>
        <translation>
            <numerusform> and %n more.</numerusform>
            <numerusform> and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%n row(s) of data</source>
        <translation>
            <numerusform>%n row of data</numerusform>
            <numerusform>%n rows of data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>under a header of %n column(s) ({where}).</source>
        <translation>
            <numerusform>under a header of %n column ({where}).</numerusform>
            <numerusform>under a header of %n columns ({where}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>after %n month</numerusform>
            <numerusform>after %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMembersPanel</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n learner(s) from the group {group}? Their statuses and results in this group are deleted too.</source>
        <translation>
            <numerusform>Remove %n learner from the group {group}? Their status and result in this group are deleted too.</numerusform>
            <numerusform>Remove %n learners from the group {group}? Their statuses and results in this group are deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceSessionDialog</name>
    <message numerus="yes">
        <source>Keep this session as a head count instead? The %n learner(s) named are counted without names in one age group: type the age group, then save.</source>
        <translation>
            <numerusform>Keep this session as a head count instead? The %n learner named is counted without a name in one age group: type the age group, then save.</numerusform>
            <numerusform>Keep this session as a head count instead? The %n learners named are counted without names in one age group: type the age group, then save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message numerus="yes">
        <source>%n personal-data incident(s) not yet notified; </source>
        <translation>
            <numerusform>%n personal-data incident not yet notified; </numerusform>
            <numerusform>%n personal-data incidents not yet notified; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest was found %n day(s) ago.</source>
        <translation>
            <numerusform>the oldest was found %n day ago.</numerusform>
            <numerusform>the oldest was found %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) will be issued. Each gets the next number of its series.</source>
        <translation>
            <numerusform>%n certificate will be issued. It gets the next number of its series.</numerusform>
            <numerusform>%n certificates will be issued. Each gets the next number of its series.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message numerus="yes">
        <source>Until the end of studies and %n year(s) after (the college&apos;s standard form)</source>
        <translation>
            <numerusform>Until the end of studies and %n year after (the college&apos;s standard form)</numerusform>
            <numerusform>Until the end of studies and %n years after (the college&apos;s standard form)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message numerus="yes">
        <source>Attached: %n learner(s)</source>
        <translation>
            <numerusform>Attached: %n learner</numerusform>
            <numerusform>Attached: %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastPeriodDialog</name>
    <message numerus="yes">
        <source>Personal-data incidents past their keeping period: %n (the oldest found on {day}; see the Incidents page).</source>
        <translation>
            <numerusform>Personal-data incidents past their keeping period: %n (the oldest found on {day}; see the Incidents page).</numerusform>
            <numerusform>Personal-data incidents past their keeping period: %n (the oldest found on {day}; see the Incidents page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) past the keeping period</source>
        <translation>
            <numerusform>%n record past the keeping period</numerusform>
            <numerusform>%n records past the keeping period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s)? Names, IINs, contacts and representatives are removed for good: this cannot be undone except by restoring a backup made before it.</source>
        <translation>
            <numerusform>Anonymise %n record? Names, IINs, contacts and representatives are removed for good: this cannot be undone except by restoring a backup made before it.</numerusform>
            <numerusform>Anonymise %n records? Names, IINs, contacts and representatives are removed for good: this cannot be undone except by restoring a backup made before it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%n record anonymised.</numerusform>
            <numerusform>%n records anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingCertificates</name>
    <message numerus="yes">
        <source>%n without a certificate</source>
        <translation>
            <numerusform>%n without a certificate</numerusform>
            <numerusform>%n without a certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued, from {first} to {last}.</source>
        <translation>
            <numerusform>%n certificate issued, from {first} to {last}.</numerusform>
            <numerusform>%n certificates issued, from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n certificate(s) had been issued and saved.</source>
        <translation>
            <numerusform>Stopped: %n certificate had been issued and saved.</numerusform>
            <numerusform>Stopped: %n certificates had been issued and saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) were issued before the problem.</source>
        <translation>
            <numerusform>%n certificate was issued before the problem.</numerusform>
            <numerusform>%n certificates were issued before the problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the ready rows, %n update(s) a learner already registered.</source>
        <translation>
            <numerusform>Of the ready rows, %n updates a learner already registered.</numerusform>
            <numerusform>Of the ready rows, %n update learners already registered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeDescription</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message numerus="yes">
        <source>Delete the programme «{name}» with its %n group(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the programme «{name}» with its %n group? This cannot be undone.</numerusform>
            <numerusform>Delete the programme «{name}» with its %n groups? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n hour(s)</source>
        <translation>
            <numerusform>{kind}, %n hour</numerusform>
            <numerusform>{kind}, %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) by name</source>
        <translation>
            <numerusform>%n learner by name</numerusform>
            <numerusform>%n learners by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) counted, without names</source>
        <translation>
            <numerusform>%n child counted, without names</numerusform>
            <numerusform>%n children counted, without names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>{verdict} (%n certificate(s) in the file)</source>
        <translation>
            <numerusform>{verdict} (%n certificate in the file)</numerusform>
            <numerusform>{verdict} (%n certificates in the file)</numerusform>
        </translation>
    </message>
</context>
</TS>
