<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words about the action, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insight this action came from is no longer in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a due date, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished action can only be reopened; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export from Afterglow: entries, sessions, insights, actions, practices, patterns and questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .zip Day One exports, or the Journal.json inside it. Tags and stars come along; photos stay behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file made with jrnl --export json. Its @tags become tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of .md files, and the folders inside it. Front matter may give each file&apos;s title, date, tags and mood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no entries here that Afterglow can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, written on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, written between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them are in your journal already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of them is in your journal already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are in your journal already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 has a newer copy in the file and will be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n have a newer copy in the file and will be updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 item will be left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items will be left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added 1 new entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n new entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated 1 entry from a newer copy in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n entries from newer copies in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 was already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n were already up to date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 item was left out, as the preview said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items were left out, as the preview said.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in one file: entries, sessions, insights, actions, practices, patterns and questionnaires. Afterglow can import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder with one .md file for each entry, readable in any text editor. Only entries go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps back go one at a time, so nothing is undone by a slip of the mouse. From %1 you can go back to %2, then on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1” · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its source is no longer in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the insight in a few words, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its source is no longer in your journal; choose another or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some words of the entry to keep them as an insight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are short words of letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing taken yet. Each questionnaire you take shows here over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest %1 was %2 (%3) on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, after %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood and depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worry and anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 score is %2 out of %3, in the %4 range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a self-check, not a diagnosis. If the number surprises or worries you, it can help to talk it over with your therapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s been two weeks — would you like to repeat the %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted from an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensity %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and the one time you noted it will be deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” and the %n times you noted it will be deleted for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. If it simply isn&apos;t happening any more, you could mark it resolved instead and keep its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this pattern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this occurrence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time will be taken out of the pattern&apos;s history for good. Any entry it was noted from stays in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Noted %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not noted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 30 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 3 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 12 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across your whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the days chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same number of days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the days chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in this period have a mood or energy yet. Give an entry a mood in its details and it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your mood averaged %1 %2, across %Ln rated entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood was %1 in the one rated entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy averaged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed line marks your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The dashed lines mark your %n sessions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The marks along the top show your %n sessions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about the same as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feelings named in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You used %n different tags.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The most used was %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You named %n different feelings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The most named was %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You used one tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You named one feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows it week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows it month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the top %n week by week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the top %n month by month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has room for the latest %n weeks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has room for the latest %n months.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pair of bars compares the mean mood of your entries in the 7 days before a session with the 14 days after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One earlier session is in the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier sessions are in the chart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Around your session on %1, your mood averaged %2 in the week before and %3 in the two weeks after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your session on %1, your mood averaged %2; no entries after it are rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your session on %1, your mood averaged %2; no entries in the week before were rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rated entries around your session on %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices yet. Once you log one, how it is going shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 scheduled day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done on %2 of %4 in the last 30 days (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a streak of 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; a streak of %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Once a practice has at least %n rated days when you did it and as many when you didn&apos;t, your mood on those days is compared here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On days you did %1, your mood averaged %2 (%3 days); on other days, %4 (%5 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing turns up together often enough yet to say it goes together: a pair shows here once it is in at least %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 appeared together in %Ln entries, %3 times as often as chance would give.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %Ln pairs seen together often enough, the chart shows the %1 strongest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows all %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>less often lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more often lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too early to see a trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about as often as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been showing up less often lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been showing up more often lately. Seeing it clearly is part of how it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trend shows once there are three full months to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been showing up about as often as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No named patterns yet. Name one under Named patterns to follow it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not come up %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” came up once %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” came up %Ln times %2, %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the latest %n months.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moods are whole numbers from 0 to 10, or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date and time the session began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the short fields is too long; keep it to a line or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the longer fields is too long to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dose as a number of milligrams, like 50 or 37.5, up to %1, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires (PHQ-9, GAD-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n insights</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patterns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n practices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>seen once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>seen %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry marked private is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries marked private are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry marked private will be shared, because you chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries marked private will be shared, because you chose them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A file with that name is already there. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry marked private was chosen without saying it may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a therapist&apos;s public key. It starts with “age1” and is about 60 characters long; ask your therapist to send it again, or copy it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 and the %2 days after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries tagged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry chosen one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries chosen one by one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entries from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries chosen by the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of them was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not included: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes 1 entry marked private, shared by choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Includes %n entries marked private, shared by choice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this bundle. Check it with the person who sent it; capitals and hyphens matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your keys opens this bundle: it was made for someone else&apos;s key, or with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in this bundle was changed after your client signed it, so Afterglow will not show it. Ask them to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by a newer Afterglow. Update Afterglow to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was signed by a different journal than the one expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening this bundle could harm this computer (it holds unexpected or oversized files), so Afterglow refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged or incomplete, or it is not an Afterglow bundle. Ask for it to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file holds no age secret key. Choose the key file your identity was saved in (it has a line starting with “AGE-SECRET-KEY-1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these files are already in that folder, so nothing was extracted. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is day %1 after your session on %2. On day %1 after your session on %3, you wrote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal for the weeks after ketamine-assisted therapy sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, encrypted. Nothing is sent anywhere: there is no account and no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the %1, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from a particular insight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change because of this? Small and concrete is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: pause before saying yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words about what will change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the insight in Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it: not every action needs doing, and that&apos;s all right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action to see where it came from, or to mark how it is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your insight: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: thoughts, perspectives, emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External: behaviour, relationships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsDueCard</name>
    <message>
        <source>Actions due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I do about my insights this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: open, in progress, done and dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. When an insight asks for something to change, inside you or in what you do, add it here, or from the insight itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is deleted for good. If you simply decided not to do it, “Let it go” keeps it in your history instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your therapist gives you their public key once: a line that starts with “age1”. Bundles you make for it can be opened only with their secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, Dr. Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the therapist a name, so you know the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathCanvas</name>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box breathing · 4-4-4-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxing breath · 4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coherent breathing · 5.5-5.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute of breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes of breathing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 second of breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds of breathing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOpener</name>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow bundles (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle from a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a bundle without opening a journal (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening it with the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening it with your key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the bundle&apos;s files to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>Bundle from a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words your client gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the journal with the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your client gave you. If they match, this bundle came from their journal and nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only, and kept apart from your own journal. Nothing from it is saved on this computer unless you extract the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the bundle did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your client made up the passphrase with Afterglow and gave it to you separately, by phone, in person or in a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is locked to a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file: the age identity your public key came from (made with “afterglow identity new” or age-keygen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the identities kept in your journal opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 at %2 with Afterglow %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files were extracted to %2. They are not encrypted there; delete them when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmCalendar</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key keeps working with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>%1, in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInsCard</name>
    <message>
        <source>Check-ins waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this one; it will not ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It protects everything you write. A few unrelated words are easy to remember and hard to guess. Afterglow cannot read your journal without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Choose what to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what you choose here goes into the bundle, and you will see all of it before anything is made. Nothing is sent anywhere: you get one encrypted file to pass on yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session and the month after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to choose entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with any of these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with any of these tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the entries to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the same days, or linked to the entries you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose any of them to share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked these private. Tick one only if you want your therapist to read it; it stays private in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your journal matches this choice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle will hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from %1 to %2, with the session itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when the water turns cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was 1 second. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That was %n seconds. Well done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo journal — passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionsPicker</name>
    <message>
        <source>Pleasant, with energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasant and calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpleasant, with energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpleasant and low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feeling in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick as many words as fit, or add your own. There are no wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries behind the point chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to open it in the Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entries are behind this point any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryChoiceDelegate</name>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryChoiceModel</name>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted for good today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted for good tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted for good in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with one sentence. What happened, and how do you feel about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written from this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected words as an insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown shortcuts: Ctrl+B bold, Ctrl+I italic, Ctrl+1 to 3 headings, Ctrl+Shift+8 list, Ctrl+Shift+. quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries stay in the Trash for 30 days before they are deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that something in this entry is a pattern you want to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing from a prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in entries from another journal app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy of your journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your whole journal to read elsewhere, move to another computer, or keep as a last-resort backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside Afterglow your journal is encrypted, but the export is plain text: anyone who has the file can read everything in it. Keep it on an encrypted disk, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsDialog</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with all of these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with none of these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that have every one of these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that have none of these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only untagged entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <source>Preparing the encryption keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrequencyCard</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose part of a bar to see the entries with that %1 then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlowMark</name>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message numerus="yes">
        <source>Last %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1 of %2 scheduled days in the last %3 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in entries from another journal app, or from an Afterglow export. Nothing in your journal changes until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will come in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are in the Journal section now, each on the day it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One exports (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightDelegate</name>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightDialog</name>
    <message>
        <source>Edit the insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you understood, in your own words. It can be small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t have to earn rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star it: one to come back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from a particular session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the insight in a few words, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightListModel</name>
    <message>
        <source>Starred. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightPanel</name>
    <message>
        <source>☆ Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. What might change, inside you or in what you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes because of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an insight to see where it came from and what you&apos;re doing about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it in Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just caught; nothing to do with it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning it over: what it means, where it shows up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living it out: trying what changes because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of how you live now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>New insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show insights by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show insights with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show insights from a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insights match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights you keep will gather here, like pieces of gold. Select words in any entry and choose “Mark as insight” (Ctrl+Shift+I), or write one directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those words have changed since; here is the entry they came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this insight?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is deleted for good. The entry it came from stays as it is, and actions made from it stay in Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insight was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those words could not be saved with the entry yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as an insight. You&apos;ll find it in Insights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with entries are marked with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCommands</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalShell</name>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ways to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a prompt or a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries by kind, tags, dates or mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is in the Trash; restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: %1 Keep typing to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash. It stays there for 30 days, and you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry was deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries were deleted for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trash · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash, 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trash, %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filters · on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet — your first entry starts with one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your first entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your last words could not be saved before Afterglow locked. They are kept, encrypted, and will be back where you wrote them once you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your last words could not be saved before Afterglow locked, and they cannot be brought back: they do not open with this journal&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last words could not be saved before Afterglow locked. They are back in the editor and will be saved as soon as they can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last quick note could not be saved before Afterglow locked. It is back on Today and will be saved as soon as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your journal from the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was restored from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something went wrong while writing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without your latest words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest words could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Afterglow open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved before them is safe; if you quit now, only these words are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two short questionnaires used in many clinics, both about the last two weeks. They are optional, and for you: a way to notice change over time. A score is not a diagnosis, and Afterglow never gives medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the questionnaire chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires taken, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this questionnaire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, taken on %2, will be deleted for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published ranges: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feelings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private entries are never shared with your therapist unless you choose to unmark them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a #tag in your text; edit the text to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodCard</name>
    <message>
        <source>Mood and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, %1-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, %1-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dot to see that day&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a point on the line to see that day&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated entries on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedPatternsPage</name>
    <message>
        <source>New pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named patterns, active first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns you want to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“A pattern cannot survive with awareness.” Name something that keeps happening, such as people-pleasing or snapping at your partner, and note each time it shows up: what set it off, what you did, and what you&apos;d like to do instead. Over the weeks you&apos;ll see whether it comes less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your first pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pattern to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is added. Note each time it shows up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEntryMenu</name>
    <message>
        <source>Ways to start an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <source>New therapist identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow makes a new key pair and keeps it encrypted in your journal. You give clients its public key; the secret key never leaves the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, Practice key 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key worked. Choose the passphrase you will use from now on; your recovery key keeps working too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and open my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current recovery key stops working as soon as the new one is made. Have a way to keep the new one ready: a printer, a password manager, or a safe place for a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <source>Edit this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a time it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” showed up again. Noticing it is how it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that something in this entry is a pattern you want to see more clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your entry of %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barely there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwhelming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened just before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you respond, in thought or action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;d like to do instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time, I&apos;d like to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, I&apos;d like to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new pattern, or choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrencesCard</name>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted once so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Noted %n times so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times this month.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Times noted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnThisDayCard</name>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Looking through your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this period yet. As you write, with a mood, tags or feelings, what recurs will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsCard</name>
    <message>
        <source>What goes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bar to see the entries holding both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times as often as chance would give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with both %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>Name a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern is something that keeps happening that you want to see more clearly, such as people-pleasing or snapping when tired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: saying yes when I mean no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it looks like, when it tends to happen, what it protects (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pattern a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternPage</name>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a time it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times it was noted, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet. When it shows up, note it here, or from a journal entry with “This is a pattern…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the time chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the time chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this pattern again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It isn&apos;t happening any more; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked resolved. Its history stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted as a time “%1” showed up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeCard</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned for today, rest easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>Add a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something small you want to keep doing between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. minutes, glasses, pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the practice a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day, or every day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeMoodCard</name>
    <message>
        <source>Mood and practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bar to see the rated entries behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days you did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated entries on days you did %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated entries on days you didn&apos;t do %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>All practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling is counted for you: while you write in the Journal, a small timer beside the editor adds up the minutes you spend typing and logs them here when you finish or lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This morning, ten things you are grateful for, small or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into a gratitude entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged for today. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practices</name>
    <message>
        <source>Breathwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold shower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten minutes of paced breathing, with a calm pacer to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thirty seconds of cold water, with a large countdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each morning, ten things you are grateful for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twenty minutes of writing, counted while you type in the Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done or not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticesCard</name>
    <message>
        <source>Practices, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of scheduled days done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticesView</name>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things to keep doing between sessions. Turn on the ones you want; a missed day is just a day, and the next one is a fresh start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to keep track of: a walk, water, stretching, reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 logged days. They are deleted with it. To keep them, switch the practice off instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list is now a gratitude entry in the Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged for today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparingPage</name>
    <message>
        <source>Setting up your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow is tuning its encryption to this computer, so that guessing your passphrase would take a very long time. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>Check the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the report exactly as your therapist will see it. The bundle also holds it as a PDF, and the same items as data Afterglow can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report your therapist will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick an entry to leave it out; the report updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one entry, or go back and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the report together…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>A prompt for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More prompts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts to write from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow&apos;s own questions for integration, and any you add. Choose one to start an entry with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t written any prompts of your own yet. Questions you keep coming back to make good ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of your prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your question first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this prompt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries you wrote from it keep its words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <source>%1  · yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-compassion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt needs a few words, and at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow&apos;s own prompts stay as they are; add your own instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of the public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickNote</name>
    <message>
        <source>A thought to keep from today… (Enter saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a note in your journal (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your journal as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1 Press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeSelector</name>
    <message>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientStep</name>
    <message>
        <source>Who can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted. Only your therapist&apos;s secret key, or the passphrase Afterglow makes up for you, can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My therapist&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to lock the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your therapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best way: only the therapist you choose can open the bundle. Tick one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapists to lock the bundle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No therapists yet. Ask your therapist for their Afterglow public key (it starts with “age1”), then add it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bundle&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow shows these words only now. Give them to your therapist another way than the file: read them out in person or on the phone, or send them in a different app. Never in the same email as the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept the passphrase to pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard clears itself in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyCheck</name>
    <message>
        <source>Check your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last group of your recovery key, the four characters at the end, from the copy you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group, e.g. 7K3Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the last group of this key. Please look at your copy again, or go back and keep the key now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Afterglow shows it only now and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from this computer: printed and put in a drawer, or in a password manager. Anyone who has it and your journal files could read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. Afterglow clears the clipboard again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key could not be saved there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens your Afterglow journal if you forget your passphrase. Keep it somewhere safe, away from the computer. Anyone who has it and your journal files could read your journal. A newer key replaces this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you kept when you set up Afterglow. Capitals, spaces and dashes do not matter. You will choose a new passphrase next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Afterglow has a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your journaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your breathwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your cold shower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your gratitude list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveContactDialog</name>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow forgets their public key. Bundles you already sent them still open; to send another, you would add the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveIdentityDialog</name>
    <message>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles made for this identity can no longer be opened here, and this cannot be undone. Tell clients who have its public key to stop using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow will lock, put the backup in place of your journal and open it again. Your journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made with a different passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStep</name>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow puts the bundle together, signs it with your journal&apos;s key, encrypts it and saves it as one file. Only the encrypted file is written to your disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bundle is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it to your therapist once, or show it at your next appointment. When they open the bundle, Afterglow shows them the same groups, so they know it came from your journal and nobody changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your therapist opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the bundle together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the folder %1. Send it to your therapist however you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Afterglow: “Open bundle…” (Ctrl+O) or drop the file onto the window, then type the passphrase you gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Afterglow, with the age tool (it asks for the passphrase):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Afterglow: “Open bundle…” (Ctrl+O) or drop the file onto the window; their key opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Afterglow, with the age tool and their key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleButton</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The best %n matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day at a glance: a gentle prompt, today&apos;s practices, and the reflections that are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily writing, about twenty minutes: what happened, and how you feel about it, then and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record of each session: your intention before it, what came up, and your reflections in the days after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insights you want to keep, where each came from, and how far along integrating it you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes because of an insight, in how you think and feel or in what you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple self-care practices such as breathwork or a gratitude list, and how they are going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring patterns you want to notice, and how often they show up over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose entries to share with your therapist as an encrypted bundle, only when you decide to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionArcPage</name>
    <message>
        <source>← All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights from this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also linked to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: your intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you hope to explore, what worries you, who you can talk to afterwards, and what soothes you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body sensations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the date and route were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be dated %1, its own day, so it counts for this check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this one; it will not ask for attention again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what you want to remember. Every field is optional except the date and the route, and you can come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the session began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in milligrams, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinic room, at home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playlist, an album, silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you brought into the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it began, at the peak, on the way back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body sensations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you want to keep a note of it; it can stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time the session began, like 10:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Session on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>IV infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An infusion into a vein (IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An injection into a muscle (IM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lozenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lozenge or troche under the tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nasal spray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nasal spray (intranasal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esketamine spray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An esketamine nasal spray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mouth (oral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>Before and after sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bar to see the rated entries behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated entries in the week before your session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated entries in the two weeks after your session on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session gathers your intention before it, what came up, and your reflection and check-ins in the weeks after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions moved to the Trash in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this session to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries you wrote about it stay in your journal, still linked to it, and so do its insights. You can restore the session from the Trash for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash. Its entries stay in your journal, and you can restore the session for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is back among your sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded yet. When you have one, keep it here: your intention, what came up, and the gentle check-ins in the weeks after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your first session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this long without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after no activity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow also locks when the computer goes to sleep or its screen locks, and whenever you press Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications. They never show what you wrote; while Afterglow is locked they only say that there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling, every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins, on the day due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices that are on, at their usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key if you have lost yours or think someone else has seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow makes an encrypted backup once a day when you unlock, and keeps the most recent ones. A backup opens with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your journal lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in it is encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key is ready; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Latest backup: %1 (%n kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareFlow</name>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: who can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag to share the entries that have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the entries to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the second; swap them round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can open it, with their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with the passphrase you kept can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow bundles (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareView</name>
    <message>
        <source>Share with my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share or read bundles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Share with therapist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls, arrow keys move in lists, and Escape closes a window. While you write, Ctrl+1 to Ctrl+3 make headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action, and the keys that do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words work well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagCountModel</name>
    <message>
        <source>#%1 · 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 · %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>A tag is made of letters, digits, - and _, with at least one letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Your tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a tag, or choose several and merge them into one. Entries and the #tags in their text change with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet. Type #gratitude in an entry, or add tags in its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for the tags chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tag above first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is made of letters, digits, - and _, with at least one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name for #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one tag they become</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Please try again; if it keeps happening, restart Afterglow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThenAndNowCard</name>
    <message>
        <source>Then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapistPanel</name>
    <message>
        <source>Therapist mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For therapists: give clients a public key, and read the bundles they make for it. Bundles open in memory, read-only, apart from this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file your client sent you, or drop it anywhere on this window. Bundles locked with a passphrase open here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Create an identity, then give your clients its public key: they add it in “Share with therapist” and lock their bundles for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients can copy the key from an email or scan this code with a phone, then paste it into Afterglow. The public key is safe to share; it can only lock bundles, not open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPracticesCard</name>
    <message>
        <source>Today&apos;s practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Nothing is waiting for you today. Write if you feel like it, or simply rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed. You can bring it back from the session&apos;s page if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>← Back to your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries stay here for 30 days, then they are deleted for good. Restore one to put it back in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry in the Trash will be deleted for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n entries in the Trash will be deleted for good. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsCard</name>
    <message>
        <source>Named patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a point to see the entries those times were noted from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries behind “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockFlow</name>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check that Caps Lock is off and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. A newer key may have replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I do about my insights this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it: not every action needs doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights without an action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every insight needs one. If something could change because of one of these, you can add it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished one action this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You finished %n actions this week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No actions were finished this week, and that&apos;s all right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action is still open. Let&apos;s look at it together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actions are still open. Let&apos;s look at each one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your insight: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still working on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for looking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions %1. Thank you for looking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place for the weeks after a session: your intentions, reflections and insights, and the small daily practices that help them last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, encrypted with a passphrase only you know. There is no account, and nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingTimer</name>
    <message>
        <source>Writing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused · type to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
