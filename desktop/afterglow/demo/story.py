"""The demo journal's material: a fictional person's three months of integration work.

Everything here is invented and written by hand: the person, Jonah (their partner),
Maya and Sam (friends), Mum, Dr. Okafor (their therapist) and the Harbour Integrative
Clinic. The writer (`afterglow.demo.writer`) varies it with a seeded random. Calm and
everyday on purpose: no graphic content, and nothing about doses or medicine.
"""

from __future__ import annotations

from dataclasses import dataclass

from afterglow.core.action import ActionKind
from afterglow.core.insight import InsightStatus
from afterglow.core.prompt import PromptCategory
from afterglow.core.session import Route

# -- everyday writing ---------------------------------------------------------------------


@dataclass(frozen=True)
class Scene:
    """One kind of day, with a few ways of telling it.

    `phases` says when in the three months it fits (0 early, 1 middle, 2 late);
    `pattern` names the pattern it is an occurrence of ("pleasing" or "snapping"),
    with (trigger, response, alternative) in `occurrence`; `insight` is a sentence that
    is placed in the body and may be kept as an insight, once.
    """

    key: str
    titles: tuple[str, ...]
    happened: tuple[str, ...]
    then: tuple[str, ...]
    now: tuple[str, ...]
    tags: tuple[str, ...]
    emotions: tuple[str, ...]
    mood: int  # how the day sits against the person's baseline, -3 to +3
    phases: tuple[int, ...] = (0, 1, 2)
    pattern: str = ""
    occurrence: tuple[str, str, str] = ("", "", "")
    insight: str = ""


SCENES: tuple[Scene, ...] = (
    Scene(
        "yes-at-work",
        ("Another yes", "Stand-up ran long", "The extra ticket"),
        (
            "Priya asked if I could pick up the supplier report on top of everything else. "
            "I said yes before she had finished the sentence.",
            "Tom needed someone to cover the Thursday call. My hand was up before I had "
            "looked at my own week.",
            "Someone asked for a volunteer for the quarterly slides and the silence lasted "
            "about two seconds before I filled it.",
        ),
        (
            "Straight afterwards: a tight throat, and a strange flat calm, like I had "
            "bought a little peace with a few evenings.",
            "At the time it felt generous. Ten minutes later it felt like a stone in my pocket.",
        ),
        (
            "Now, writing it down, I can see the yes was about not wanting anyone to be "
            "disappointed in me, not about the report.",
            "Now I mostly feel tired, and a bit tender towards the part of me that "
            "thinks being useful is the same as being safe.",
        ),
        ("work", "people-pleasing"),
        ("anxious", "tired", "resentful"),
        -1,
        (0, 1),
        "pleasing",
        (
            "A colleague asked for help on a deadline",
            "Said yes straight away, before checking my week",
            "Say I'll look at my week and reply by lunch",
        ),
        "Being useful is not the same as being safe.",
    ),
    Scene(
        "mum-sunday",
        ("Sunday lunch at Mum's", "Mum's kitchen", "The lift home"),
        (
            "Lunch at Mum's. I offered to do the dishes, the shopping and the lift home "
            "before anyone had asked for any of it.",
            "Mum rang about the gutters and I had promised to come on Saturday before "
            "she'd even said what was wrong with them.",
        ),
        (
            "In the moment it felt like love. On the drive back it felt more like "
            "keeping the weather calm.",
            "Then: the old hum of being on duty, scanning the room for what might be needed.",
        ),
        (
            "Now I think I can love her and still wait to be asked.",
            "Now I can see how early this started. Being helpful was how I stayed close.",
        ),
        ("family", "people-pleasing"),
        ("tender", "tired", "guilty"),
        -1,
        (0, 1, 2),
        "pleasing",
        (
            "Mum hinted she needed help with something",
            "Offered everything before she asked, cancelled my own plans",
            "Ask what she needs, then see what I can give",
        ),
        "I can love her and still wait to be asked.",
    ),
    Scene(
        "friend-restaurant",
        ("Friday with Maya", "Dinner plans", "Whatever you like"),
        (
            "Maya asked where I wanted to eat. I said I didn't mind, twice, and we ended "
            "up at the place I like least.",
            "Group chat about the weekend. Everyone had a preference except me, and I "
            "noticed I was waiting to see what would keep everyone happy.",
        ),
        (
            "At the table I was annoyed with myself, then annoyed about being annoyed.",
            "In the moment it felt easier not to want anything.",
        ),
        (
            "Now it seems small, but it is the same muscle. Next time: name one place.",
            "Now I'm curious what would happen if I just said what I'd like. Probably nothing bad.",
        ),
        ("friends", "people-pleasing"),
        ("frustrated", "curious"),
        0,
        (0, 1),
        "pleasing",
        (
            "A friend asked what I'd like to do",
            "Said I didn't mind, went along with the others",
            "Suggest one thing; it's allowed to have a preference",
        ),
    ),
    Scene(
        "said-no",
        ("Said no", "A small no", "No, without the paragraph"),
        (
            "Turned down the Friday drinks without a paragraph of reasons. Just: not this "
            "week, have a lovely time.",
            "Priya asked me to take the supplier report again. I said I couldn't this "
            "month, and offered to show Tom how it works instead.",
            "Told Mum I couldn't come this Sunday. Said it plainly, without the three "
            "reasons I usually line up.",
        ),
        (
            "Then: a wobble in my stomach for about an hour, waiting for something to go wrong.",
            "My heart was going afterwards, like I'd run for a bus.",
        ),
        (
            "Now: nothing went wrong. Everyone was fine. I was the only one keeping score.",
            "Now there's a quiet kind of pride. The world kept turning.",
        ),
        ("boundaries", "people-pleasing"),
        ("proud", "anxious", "relieved"),
        1,
        (1, 2),
        "",
        ("", "", ""),
        "I was the only one keeping score.",
    ),
    Scene(
        "dishes",
        ("Jonah and the dishes", "A hard afternoon", "Sharp words"),
        (
            "Snapped at Jonah about the dishes, which were never about the dishes. I was "
            "tired and had said yes to too much all week.",
            "Jonah asked a simple question about the weekend and I answered like he'd "
            "accused me of something.",
        ),
        (
            "In the moment it felt justified. A minute later it felt awful.",
            "Then: heat in my jaw, then my hands, then my voice. Always in that order.",
        ),
        (
            "Now: I apologised and we talked about being tired instead of about plates. "
            "I want to catch the heat earlier.",
            "Now I can see the snap was the bill for all the yeses. Jonah just happened "
            "to be standing there when it came.",
        ),
        ("relationships", "anger"),
        ("frustrated", "ashamed", "tender"),
        -2,
        (0, 1, 2),
        "snapping",
        (
            "Tired after a long day, Jonah asked about the dishes",
            "Snapped, then went quiet",
            "Say I'm running on empty and need ten minutes first",
        ),
        "My body tells me before my mind does: jaw, then hands, then voice.",
    ),
    Scene(
        "caught-it",
        ("Caught it in time", "Ten minutes first", "The pause"),
        (
            "Felt the heat rising when Jonah moved my things off the table. Said: I'm "
            "running on empty, give me ten minutes. Went and stood by the window.",
            "Jonah wanted to plan the holiday right as I walked in. Instead of snapping I "
            "asked if we could do it after dinner. He said of course.",
        ),
        (
            "Then: the jaw, the hands, and then, for once, a gap before the voice.",
            "It felt clumsy and slow, like learning to write with the other hand.",
        ),
        (
            "Now I feel proud in a quiet way. The pause is possible.",
            "Now I think the ten minutes were kinder to both of us than any apology.",
        ),
        ("relationships", "anger"),
        ("proud", "calm"),
        1,
        (1, 2),
        "snapping",
        (
            "Tired, and Jonah wanted to talk plans straight away",
            "Felt the heat rise, asked for ten minutes",
            "Keep doing exactly this",
        ),
        "The pause is possible.",
    ),
    Scene(
        "canal",
        ("Canal walk", "By the water", "The herons"),
        (
            "Forty minutes by the canal with the phone in my bag. The herons were out, "
            "standing in the shallows like they had nowhere else to be.",
            "Walked the long way home along the towpath. Someone had chalked a hopscotch "
            "on the bridge and I did it, badly.",
            "Rain most of the walk. I stopped minding after the first ten minutes.",
        ),
        (
            "Then: my shoulders came down a few centimetres without me asking them to.",
            "At the time I was mostly noticing the cold and my own breathing.",
        ),
        (
            "Now: I want more of this and less of the screen in the evenings.",
            "Now I feel clear-headed, like someone opened a window.",
        ),
        ("walks", "nature"),
        ("calm", "grounded", "content"),
        2,
    ),
    Scene(
        "slept-badly",
        ("Slept badly", "Four in the morning", "A foggy day"),
        (
            "Woke at four with the Thursday meeting on loop. Tried the breathing; it "
            "helped a little, then not at all.",
            "Bad night. Pip the cat decided three o'clock was breakfast time and my "
            "thoughts took the invitation.",
        ),
        (
            "Then: the familiar spiral of lists and what-ifs.",
            "In the moment everything felt urgent and nothing felt doable.",
        ),
        (
            "Now, in daylight, it is just a tired day. I can go gently with a tired day.",
            "Now I mostly want to be kind to myself and go to bed early.",
        ),
        ("sleep", "anxiety"),
        ("tired", "anxious", "overwhelmed"),
        -2,
        (0, 1, 2),
    ),
    Scene(
        "quiet-evening",
        ("Quiet evening", "Nothing to report", "Bath and a book"),
        (
            "Bath, book, early night. Nothing to report, which is the report.",
            "Cooked something green, ate it slowly, read three chapters. Jonah and I "
            "did the crossword together.",
        ),
        (
            "At the time I kept waiting for the restlessness to show up. It didn't.",
            "It felt a little strange to have an evening that wasn't for anything.",
        ),
        (
            "Now: content, and a little surprised by it.",
            "Now: content. This is what I'm working towards, I think. Ordinary evenings.",
        ),
        ("rest", "home"),
        ("calm", "content", "peaceful"),
        1,
        (0, 1, 2),
        "",
        ("", "", ""),
        "Rest doesn't have to be earned by a productive day.",
    ),
    Scene(
        "therapy-day",
        ("Therapy day", "Session with Dr. Okafor", "Thursday with Dr. Okafor"),
        (
            "Talked with Dr. Okafor about the part of me that keeps score of everyone's "
            "moods. She asked what it was trying to protect me from.",
            "Brought the journal to therapy and read out two entries. Dr. Okafor pointed "
            "out that I apologise even when I'm writing to myself.",
            "Dr. Okafor asked what I'd like to be doing more of in a month's time. I "
            "said: nothing heroic. Walks, evenings, saying what I want.",
        ),
        (
            "In the room I felt seen and a bit exposed.",
            "Then: a lump in my throat I didn't expect.",
        ),
        (
            "Now it makes sense: the scorekeeper is tired, and so am I.",
            "Now I feel lighter, and hopeful in a careful way.",
        ),
        ("therapy", "integration"),
        ("tender", "hopeful", "reflective"),
        1,
        (0, 1, 2),
        "",
        ("", "", ""),
        "A pattern can't survive with awareness; I just have to keep seeing it.",
    ),
    Scene(
        "small-wins",
        ("Small wins", "A good Tuesday", "Left on time"),
        (
            "Finished the report, left work on time, and didn't check email on the bus.",
            "Got the big form done, replied to Sam, watered the plants. Small, but all of it.",
        ),
        (
            "Then: I kept waiting for the catch.",
            "At the time it just felt like an ordinary day, which was lovely.",
        ),
        (
            "Now: I want to notice good days as carefully as I notice hard ones.",
            "Now I feel capable, which I haven't felt in a while.",
        ),
        ("work", "rest"),
        ("content", "hopeful", "proud"),
        1,
        (1, 2),
    ),
    Scene(
        "old-tiredness",
        ("Running on empty", "Heavy day", "Grey"),
        (
            "Everything felt like a task on a list today, even the nice things. Cancelled "
            "the gym and lay on the sofa with Pip.",
            "Heavy, flat day. Went to work, came home, ate toast for dinner.",
        ),
        (
            "Then: the old voice that says I'm behind on life.",
            "In the moment it was hard to feel anything much.",
        ),
        (
            "Now I can say it was a grey day without deciding it means anything about me.",
            "Now: tomorrow is another go. Breathing, walk, early night.",
        ),
        ("tiredness", "self-compassion"),
        ("tired", "numb", "drained"),
        -2,
        (0, 1),
    ),
    Scene(
        "sam-park",
        ("Park with Sam", "A long talk", "Laughing again"),
        (
            "Long walk in the park with Sam, longer talk. Laughed properly, the kind "
            "that makes your stomach ache.",
            "Sam came round with terrible biscuits and we talked about our dads for an hour.",
        ),
        (
            "Then: connected, and surprised at how easy it was to let someone in.",
            "In the moment I felt about fifteen, in a good way.",
        ),
        (
            "Now I want to see Sam more, and not only on good weeks.",
            "Now: grateful. Friendship doesn't need me to be finished.",
        ),
        ("friends",),
        ("connected", "grateful", "joyful"),
        2,
        (0, 1, 2),
        "",
        ("", "", ""),
        "I don't have to be fine before I see people.",
    ),
    Scene(
        "morning-breath",
        ("Breathwork before work", "Ten minutes", "Box breathing"),
        (
            "Ten minutes of box breathing before work. Counting felt silly at first, "
            "then like a railing to hold on a steep stair.",
            "Breathwork on the bedroom floor while the kettle boiled. Pip lay on my "
            "chest for the last two minutes, which counts as weight training.",
        ),
        (
            "Then: restless for the first round, settled by the fourth.",
            "At the time my mind kept wandering to the day. I kept bringing it back.",
        ),
        (
            "Now: the day started from a slower place.",
            "Now I notice my shoulders are still down, three hours later.",
        ),
        ("breathwork", "practice"),
        ("grounded", "calm"),
        1,
        (0, 1, 2),
    ),
    Scene(
        "cold-shower",
        ("Cold water", "Thirty seconds", "The cold shower"),
        (
            "Thirty seconds of cold at the end of the shower. Shouted a bit. Jonah asked "
            "from downstairs if I was alright.",
            "Cold shower again. It's still awful for the first ten seconds and then "
            "something in me goes very clear.",
        ),
        (
            "Then: every part of me said no, and I stayed anyway.",
            "In the moment it was just breath and cold.",
        ),
        (
            "Now: I like knowing I can stay with something uncomfortable for a little while.",
            "Now I'm awake in a way coffee doesn't manage.",
        ),
        ("cold-shower", "practice", "body"),
        ("alive", "proud"),
        1,
        (1, 2),
        "",
        ("", "", ""),
        "I can stay with something uncomfortable for a little while.",
    ),
    Scene(
        "open-house",
        ("The open house", "Integration notes", "Windows open"),
        (
            "The image from the session keeps coming back: the house with every window "
            "open. Today I noticed I'm guarding fewer rooms.",
            "Caught myself humming the music from the session while making tea. It "
            "brought the whole warm feeling back for a moment.",
        ),
        (
            "Then: a soft ache, not unpleasant.",
            "In the moment it felt like a message from a kinder version of me.",
        ),
        (
            "Now: I don't need to understand it fully. I can just keep it nearby.",
            "Now I feel open, and a little shy about how open.",
        ),
        ("integration",),
        ("tender", "hopeful", "open"),
        1,
        (0, 1, 2),
    ),
    Scene(
        "work-meeting",
        ("Spoke up", "The planning meeting", "My idea"),
        (
            "In the planning meeting I said I thought the deadline was unrealistic. "
            "Out loud. Before anyone else did.",
            "Put my own idea forward in the team call instead of waiting for someone to "
            "ask. Tom built on it.",
        ),
        (
            "Then: hot face, fast heart, and the urge to take it all back.",
            "In the moment my voice sounded strange to me, too loud.",
        ),
        (
            "Now: it went fine. Better than fine. I'm allowed to take up space in a room.",
            "Now I'm proud, and tired, the good kind.",
        ),
        ("work", "boundaries"),
        ("proud", "anxious", "alive"),
        1,
        (1, 2),
        "",
        ("", "", ""),
        "I'm allowed to take up space in a room.",
    ),
    Scene(
        "dad-memory",
        ("Thinking about Dad", "An old photo", "The kitchen table"),
        (
            "Found a photo of Dad and me at the seaside, both squinting. I used to think "
            "he never noticed me. In the photo he's looking right at me.",
            "Mum mentioned Dad's old allotment and I thought about the summers I spent "
            "trying to be helpful enough to be seen.",
        ),
        (
            "Then: a wave of sadness, quiet, more like weather than a storm.",
            "At the time it was mostly an ache in my chest.",
        ),
        (
            "Now: I can hold both. He was distant, and he was doing his best.",
            "Now I feel tender towards the small version of me who worked so hard.",
        ),
        ("family", "grief"),
        ("sad", "tender", "accepting"),
        -1,
        (1, 2),
        "",
        ("", "", ""),
        "He was distant, and he was doing his best.",
    ),
    Scene(
        "jonah-good",
        ("A good evening with Jonah", "Cooking together", "Dancing in the kitchen"),
        (
            "Jonah and I cooked together and he put on the old playlist. We ended up "
            "dancing badly between the hob and the fridge.",
            "Told Jonah what I actually needed this week (more quiet, fewer plans) "
            "instead of hinting. He just said: okay, let's do that.",
        ),
        (
            "Then: lit up, silly, close.",
            "At the time I was surprised how simple it was.",
        ),
        (
            "Now: saying it plainly was kinder than hoping he would guess.",
            "Now I'm grateful, and a bit sorry for how much I've expected him to guess.",
        ),
        ("relationships", "joy"),
        ("joyful", "connected", "grateful"),
        2,
        (1, 2),
        "",
        ("", "", ""),
        "Asking directly is a kindness, to both of us.",
    ),
)

# Added to a day's writing now and then; they end an entry the way people do.
CLOSINGS: tuple[str, ...] = (
    "Bed early tonight.",
    "Tea, then sleep.",
    "Enough for today.",
    "Going gently tomorrow.",
    "Water, walk, early night.",
    "That's it. Lights off.",
    "More tomorrow, maybe.",
)

# The morning gratitude list: ten a day, drawn from these.
GRATITUDE_ITEMS: tuple[str, ...] = (
    "Morning light on the kitchen table",
    "Maya's voice note",
    "A bus driver who waited",
    "Soup from the freezer",
    "The quiet after rain",
    "Finishing the chapter",
    "Pip asleep on my lap",
    "A walk without the phone",
    "Clean sheets",
    "Jonah's terrible puns",
    "The herons on the canal",
    "Fresh bread from the corner bakery",
    "A long call with Sam",
    "Sun on the kitchen floor at four o'clock",
    "Leaving work on time",
    "Hot water",
    "The first warm day",
    "A kind email from Priya",
    "My own patience this afternoon",
    "Being here to notice any of it",
    "Dr. Okafor's steady voice",
    "The smell of the tomato plants",
    "An early night",
    "Toast, done properly",
)

# Short notes, the kind jotted down between things.
NOTES: tuple[tuple[str, str], ...] = (
    (
        "Words to keep",
        'From Dr. Okafor: *"You don\'t have to fight the pattern, just keep seeing it."*',
    ),
    ("", "Heron on the lock gate again. Same one, I'm sure of it."),
    ("Book to read", "*The Quiet Harbour*, Sam's copy. Give it back by the summer."),
    ("", "Noticed I said sorry to a lamp post today. Laughed out loud."),
    ("For Thursday", "Ask Dr. Okafor about the anger underneath the apologising."),
    ("", "Jaw, hands, voice. Jaw, hands, voice. Catch it at the jaw."),
    ("Song from the session", "Cello Suite No. 1, the prelude. Still makes my chest warm."),
    ("", "Said thank you instead of sorry. Twice!"),
)

# -- sessions ------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionStory:
    """One session and the writing around it.

    `days_ago` places the session before today; `written` lists the check-in days that
    have an entry (day 0 is the reflection), `dismissed` the ones the person skipped.
    Answers follow the guides' questions in `afterglow.core.guides`, in order.
    """

    days_ago: int
    route: Route
    setting: str
    support_person: str
    music: str
    intention: str
    notes: str
    body_sensations: str
    mood_before: int
    mood_after: int
    tags: tuple[str, ...]
    intention_answers: tuple[str, ...]
    reflection_answers: tuple[str, ...]
    check_in_answers: dict[int, tuple[str, ...]]
    written: tuple[int, ...]
    dismissed: tuple[int, ...] = ()
    insight: str = ""  # a passage of the reflection kept as an insight


PROVIDER = "Harbour Integrative Clinic"

SESSIONS: tuple[SessionStory, ...] = (
    SessionStory(
        days_ago=90,
        route=Route.IM,
        setting="Clinic room with the lights low, eye mask, the grey blanket from home",
        support_person="Nurse Adaeze; Jonah drove me home",
        music="A slow ambient piano playlist",
        intention="Meet the tiredness instead of pushing through it.",
        notes="Onset: a soft tilt, like a boat leaving the dock.\n"
        "Peak: the house I grew up in, with every window open, and wind moving through "
        "all the rooms.\n"
        "Return: very warm hands, and a sense that nothing needed doing.",
        body_sensations="Heavy arms, then lightness in the chest. Warm hands.",
        mood_before=3,
        mood_after=6,
        tags=("first-series", "rest"),
        intention_answers=(
            "Why rest feels like something I have to earn.",
            "That nothing will come up. Or that too much will.",
            "Jonah tonight; Dr. Okafor on Thursday.",
            "Tea, the grey blanket, the canal path, Pip.",
        ),
        reflection_answers=(
            "A soft tilt, like a boat leaving the dock.",
            "The house I grew up in with every window open. Wind moving through all the "
            "rooms, and nobody asking me to close them.",
            "Very warm hands. Laughing at nothing.",
            "Heavy arms, light chest.",
            "Yes, though sideways: I didn't meet the tiredness, I met the bracing underneath it.",
            "Rest is allowed. I don't have to earn it.",
        ),
        check_in_answers={
            1: (
                "Slept nine hours and woke up soft.",
                "Light, a bit wobbly.",
                "The open windows.",
                "Why I flinch when someone is kind to me.",
                "Rest is allowed.",
            ),
            7: (
                "Slower mornings. I sit with tea before looking at my phone.",
                "Tight jaw at work on Tuesday.",
                "Rest doesn't have to be earned.",
                "Work. How much of me is on duty there.",
                "The canal, the herons, the open house.",
            ),
            14: (
                "Breathwork most mornings. Leaving work closer to on time.",
                "Said yes to three extra things this week without thinking.",
                "Shoulders lower, mostly.",
                "The yeses.",
                "Noticing is already different from before.",
            ),
            30: (
                "A month of noticing how often I'm on duty.",
                "Less bracing. More evenings that aren't for anything.",
                "Morning breathwork, and writing most days.",
                "People-pleasing. It's everywhere once you look.",
                "That the house can have its windows open.",
            ),
        },
        written=(0, 1, 7, 14, 30),
        dismissed=(3,),
        insight="Rest is allowed. I don't have to earn it.",
    ),
    SessionStory(
        days_ago=58,
        route=Route.IM,
        setting="Clinic room, eye mask and headphones, socks on",
        support_person="Nurse Adaeze; Maya drove me home",
        music="Cello suites, then rain sounds",
        intention="Look at why I keep apologising for taking up space.",
        notes="Onset: colours behind the mask, slow and violet.\n"
        "Peak: my father at the kitchen table, and for once I didn't feel small.\n"
        "Return: laughing at how seriously I take everything.",
        body_sensations="Buzzing hands, a loosened jaw, tired legs.",
        mood_before=4,
        mood_after=7,
        tags=("people-pleasing", "family"),
        intention_answers=(
            "Why I apologise for taking up space: in meetings, with friends, even with "
            "the barista.",
            "That it will be too much, or that nothing will happen.",
            "Maya tonight; Dr. Okafor on Friday.",
            "Slow breathing, the blanket, Pip.",
        ),
        reflection_answers=(
            "Colours behind the mask, slow and violet.",
            "My father at the kitchen table, and for once I didn't feel small.",
            "Laughing at how seriously I take everything.",
            "Buzzing hands, loose jaw.",
            "Yes. I looked right at it.",
            "I am allowed to take up space.",
        ),
        check_in_answers={
            1: (
                "Slept deeply, woke early and calm.",
                "Soft, a little tired.",
                "The kitchen table, and how small it looked.",
                "Telling Mum about the weekend.",
                "How it felt not to shrink.",
            ),
            3: (
                "I say sorry when I mean thank you. Caught it three times today.",
                "Shoulders lower.",
                "Yes, more than I expected.",
                "The anger underneath the apologising.",
                "Thank you instead of sorry.",
            ),
            7: (
                "I wait a breath before saying yes.",
                "Fluttery stomach before meetings, but lighter after.",
                "I am allowed to take up space.",
                "Mum. Sundays.",
                "The kitchen table looked so ordinary.",
            ),
            30: (
                "A month of catching the sorrys.",
                "It turned into saying no, a little, to people I love.",
                "Thank you instead of sorry. Asking before offering.",
                "The anger, still. It's quieter than I feared.",
                "Taking up space is not taking something away from anyone.",
            ),
        },
        written=(0, 1, 3, 7, 30),
        insight="I am allowed to take up space.",
    ),
    SessionStory(
        days_ago=27,
        route=Route.IM,
        setting="Clinic room, curtains drawn, a window open a crack for the air",
        support_person="Nurse Adaeze; Jonah came to collect me",
        music="Low strings, then birdsong",
        intention="Be kinder to the part of me that keeps score.",
        notes="Onset: sinking into the chair, heavy and safe.\n"
        "Peak: a wide beach at low tide, and a lighthouse keeper putting the lamp out "
        "because morning had come.\n"
        "Return: crying a little, from relief rather than sadness.",
        body_sensations="Heavy and safe, then a long loosening in the back.",
        mood_before=5,
        mood_after=7,
        tags=("self-compassion",),
        intention_answers=(
            "The scorekeeper: the part of me that tracks everyone's moods and what I owe.",
            "That it will feel like losing something I need.",
            "Jonah; Sam at the weekend.",
            "The canal, the breathing, a hot bath.",
        ),
        reflection_answers=(
            "Sinking into the chair, heavy and safe.",
            "A wide beach at low tide, and a lighthouse keeper putting the lamp out "
            "because morning had come.",
            "Crying a little, from relief.",
            "A long loosening in my back.",
            "Yes: the scorekeeper can rest. Morning comes without it.",
            "I don't have to hold the whole shore.",
        ),
        check_in_answers={
            1: (
                "Slept well, woke once, went back to sleep easily.",
                "Loose back, a little headachy.",
                "The lamp going out. Nobody needing to keep watch.",
                "Grief for the years I spent bracing.",
                "I don't have to hold the whole shore.",
            ),
            3: (
                "Fewer apologies. More pauses.",
                "Warm. A bit raw around the edges.",
                "I think so. The scorekeeper was quieter at work.",
                "The grief.",
                "Morning comes without anyone keeping watch.",
            ),
            7: (
                "Evenings feel like mine again.",
                "Jaw tight on Wednesday, but I caught it.",
                "The pause is possible.",
                "Talking to Jonah about what I need instead of hinting.",
                "Low tide: everything that was hidden is just sand and shells.",
            ),
            14: (
                "I ask Jonah directly. I leave work on time three days out of five.",
                "Said yes to Priya again on Monday, out of habit.",
                "Steady. Sleeping better.",
                "Mum's birthday, and all the planning.",
                "Noticing without scolding.",
            ),
        },
        written=(0, 1, 3, 7, 14),
        insight="I don't have to hold the whole shore.",
    ),
    SessionStory(
        days_ago=7,
        route=Route.SUBLINGUAL,
        setting="Clinic room, lying on the couch under my own blanket",
        support_person="Nurse Adaeze; Jonah waiting downstairs",
        music="Forest sounds, then a slow choir",
        intention="Let my body lead, and listen before I decide.",
        notes="Onset: a gentle hum in the hands and feet.\n"
        "Peak: lying on a forest floor among the roots, very small and completely safe.\n"
        "Return: wanting to tell Jonah everything, slowly.",
        body_sensations="Humming hands and feet, a deep quiet in the belly.",
        mood_before=5,
        mood_after=8,
        tags=("body", "relationships"),
        intention_answers=(
            "What my body knows before my mind catches up.",
            "Not many, this time. Maybe that it will be ordinary.",
            "Jonah straight afterwards; Dr. Okafor next Thursday.",
            "Slow breathing, the forest playlist, the canal tomorrow.",
        ),
        reflection_answers=(
            "A gentle hum in my hands and feet.",
            "Lying on a forest floor among the roots, very small and completely safe.",
            "Wanting to tell Jonah everything, slowly.",
            "A deep quiet in my belly.",
            "Yes. The body was leading and I let it.",
            "Slow is also a speed.",
        ),
        check_in_answers={
            1: (
                "Slept long and woke before the alarm, rested.",
                "Still a little humming. Calm belly.",
                "The roots holding me up.",
                "How to keep listening when work gets loud.",
                "Slow is also a speed.",
            ),
            3: (
                "I notice my body's no before my mouth says yes.",
                "Settled. A bit tired in the afternoons.",
                "Yes. I'm listening more than deciding.",
                "Asking Jonah for quiet evenings without feeling guilty.",
                "The forest floor. Small and safe.",
            ),
        },
        written=(0, 1, 3),
        insight="Slow is also a speed.",
    ),
)

# -- insights and actions -----------------------------------------------------------------


@dataclass(frozen=True)
class ActionStory:
    text: str
    kind: ActionKind
    status: str  # "open", "in_progress", "done" or "dropped"
    due_in_days: int | None = None  # from today, for open ones


# What each kept insight turned into, by the insight's words.
ACTIONS: dict[str, tuple[ActionStory, ...]] = {
    "Rest is allowed. I don't have to earn it.": (
        ActionStory("One evening a week with nothing planned", ActionKind.EXTERNAL, "done"),
        ActionStory("Notice the guilt when I rest, without obeying it", ActionKind.INTERNAL,
                    "in_progress"),
    ),
    "I am allowed to take up space.": (
        ActionStory("Swap one “sorry” for “thank you” each day", ActionKind.EXTERNAL,
                    "in_progress", 2),
        ActionStory("Put my own idea forward in one meeting a week", ActionKind.EXTERNAL,
                    "done"),
    ),
    "I don't have to hold the whole shore.": (
        ActionStory("Let Jonah plan the weekend without checking his plan", ActionKind.EXTERNAL,
                    "open", 5),
        ActionStory("Keep a list of everyone's moods, to see how absurd it is",
                    ActionKind.INTERNAL, "dropped"),
    ),
    "Slow is also a speed.": (
        ActionStory("Wait one breath before answering a request", ActionKind.INTERNAL, "open"),
    ),
    "Being useful is not the same as being safe.": (
        ActionStory("Reply “let me check my week” instead of yes", ActionKind.EXTERNAL, "done"),
    ),
    "My body tells me before my mind does: jaw, then hands, then voice.": (
        ActionStory("Ask for ten minutes when I feel the heat in my jaw", ActionKind.EXTERNAL,
                    "in_progress"),
    ),
    "Asking directly is a kindness, to both of us.": (
        ActionStory("Tell Jonah one thing I need each week, plainly", ActionKind.EXTERNAL,
                    "open", 3),
    ),
    "I don't have to be fine before I see people.": (
        ActionStory("Call Sam when I'm having a grey day, not after", ActionKind.EXTERNAL,
                    "open", 10),
    ),
}  # fmt: skip

# Where the person has got to with an insight, by its words; the rest stay new.
INSIGHT_STATUS: dict[str, InsightStatus] = {
    "Rest is allowed. I don't have to earn it.": InsightStatus.INTEGRATED,
    "Being useful is not the same as being safe.": InsightStatus.INTEGRATED,
    "I am allowed to take up space.": InsightStatus.INTEGRATING,
    "My body tells me before my mind does: jaw, then hands, then voice.": (
        InsightStatus.INTEGRATING
    ),
    "I don't have to hold the whole shore.": InsightStatus.EXPLORING,
    "Asking directly is a kindness, to both of us.": InsightStatus.EXPLORING,
    "The pause is possible.": InsightStatus.EXPLORING,
}

STARRED: frozenset[str] = frozenset(
    {"Rest is allowed. I don't have to earn it.", "I am allowed to take up space."}
)

# An insight that came to mind away from any entry, tied to the session it came from.
SESSION_INSIGHT = (
    "The small version of me at the kitchen table was doing his best.",
    58,  # the session's days_ago
    ("family",),
)

# -- patterns, measures and prompts ---------------------------------------------------------

PATTERNS: dict[str, tuple[str, str]] = {
    "pleasing": (
        "People-pleasing",
        "Saying yes before I've checked whether I want to, so nobody is disappointed.",
    ),
    "snapping": (
        "Snapping at my partner",
        "Sharp words at Jonah when I'm running on empty, and the apology after.",
    ),
}

# Times a pattern showed up that never made it into an entry: (pattern, days ago,
# trigger, response, alternative, intensity).
LOOSE_OCCURRENCES: tuple[tuple[str, int, str, str, str, int], ...] = (
    ("pleasing", 86, "The barista got my order wrong", "Said sorry and drank it anyway",
     "Say: could I have the oat milk one, please", 6),
    ("pleasing", 74, "Manager asked if I minded staying late", "Said of course, resented it",
     "Say I can stay until six", 8),
    ("pleasing", 49, "Neighbour asked to borrow the car", "Said yes, then worried all day",
     "Ask when it would be back before deciding", 5),
    ("snapping", 80, "Jonah was late and hadn't texted", "Cold voice all evening",
     "Say I was worried, which was the truth", 7),
    ("pleasing", 21, "A friend wanted to move our plans again", "Said it was fine",
     "Say I was looking forward to it and suggest a day", 4),
    ("snapping", 16, "Long day, messy kitchen", "Sighed loudly, caught it, apologised",
     "Ask for ten minutes first", 3),
    ("pleasing", 5, "Priya asked for the report again", "Paused, said I'd check my week",
     "This was the alternative, mostly", 2),
)  # fmt: skip

# PHQ-9 and GAD-7 answers (each 0 to 3, item by item), and how many days ago each was
# taken: a gentle improvement over the three months. PHQ-9's last item stays at zero.
MEASURES: tuple[tuple[int, tuple[int, ...], tuple[int, ...]], ...] = (
    (91, (2, 2, 2, 2, 1, 2, 1, 2, 0), (2, 2, 2, 1, 1, 2, 2)),
    (62, (1, 2, 2, 2, 1, 1, 1, 1, 0), (2, 1, 2, 1, 1, 2, 1)),
    (31, (1, 1, 1, 2, 1, 1, 1, 0, 0), (1, 1, 1, 1, 1, 1, 1)),
    (3, (1, 1, 1, 1, 0, 1, 1, 0, 0), (1, 1, 1, 0, 1, 1, 0)),
)

OWN_PROMPTS: tuple[tuple[str, PromptCategory], ...] = (
    ("What did I do today that the old me wouldn't have?", PromptCategory.MEANING),
    ("Where do I feel “no” in my body before I say yes?", PromptCategory.BODY),
)

# An entry written from the first of the person's own prompts, and from a built-in one.
FROM_OWN_PROMPT = (
    12,
    "Didn't apologise for being two minutes late. Said: thanks for waiting. Tom smiled and "
    "that was the end of it. The old me would have apologised three times and then "
    "thought about it on the bus.",
)
FROM_LIBRARY_PROMPT = (
    "meaning-1",
    40,
    "That rest isn't a reward. I used to treat evenings as payment for a good day. Now "
    "I'm trying to think of them as part of the day, like breakfast.",
)

# The first and the latest entries of the journal, by days ago.
FIRST_ENTRY = (
    93,
    "Starting this journal",
    "I'm starting this so that what comes up in the sessions doesn't just evaporate. "
    "Twenty minutes a day, no rules about what counts.\n\n"
    "What I hope for: to be less tired in a way sleep doesn't fix. To say what I want. To "
    "be gentler with myself. #intention",
)
TRASHED_ENTRY = ("Shopping list", "oats, lemons, stamps, cat food")
