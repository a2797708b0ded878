"""The word list for generated bundle passphrases, and the generator.

The list starts from the EFF's short word list (1,296 words; by the Electronic Frontier
Foundation, CC BY 3.0 US). Words that could jar someone in therapy (illness, harm, drugs,
grief…) were swapped for calm, everyday ones, and a few more were added, so six words give
more than 62 bits of randomness.
"""

from __future__ import annotations

import math
import secrets

MINIMUM_WORDS = 6
SEPARATOR = "-"

_WORDS = """
acorn acre acts afar affix aged agent agile aging ahead aide aim ajar alike alive aloe aloft
aloha amber amend amino ample amuse anchor angel anger angle ankle apple april apron aqua
area arena argue arise armor aroma array art aspen atlas atom attic audio avert avoid awake
award awoke axis bacon badge bagel baggy baked baker bakery balmy bamboo banjo banner barge
barley barn basil basin bask batch bath baton beach bead beam bean bell berry birch bison
blank blaze blend bless blimp blink blog bloom blossom blot bluff blunt blurt blush boast
boat body boil bok bolt bonus book booth boots boss botch both boxer brass bread breed
breeze brew brick bride bridge bright brim bring brink brisk broad broil broke brook broom
brush bubble buck bud buggy bulge bulk bunch bunny bunt bush busy button buzz cabin cable
cache cactus cadet cage cake calm camel cameo canal candle candy cane canoe canon canyon
cape card cargo carol carrot carry carve case cash cashew castle cause cedar cello cereal
chain chair chalk chant charm chase cheek cheer chef cherry chess chest chew chief chili
chill chip chomp chop chow chuck chunk churn chute cider cinch cinder citrus city civic
civil clad claim clam clamp clap clash clasp class claw clay clean clear cleat cleft clerk
click cling clink clip cloak clock clone cloth cloud clover clump coach coast coat cobalt
cocoa cod coil cola cold colt come comet comfy comic comma cone cookie cope copper copy
coral cork cost cot cotton couch cough cove cover cozy cradle craft cramp crane crank crate
crave crawl crayon creme crepe crept crest crib cricket crisp crop cross crowd crown crumb
crush crust crystal cub cupid curl curry curve cushy cycle dab dahlia daily dairy daisy
dance dandy dapple darn dart dash data date dawn deal dean debit debug decaf decal deck
decor decoy deed delay delta denim dense dent depth derby desk dew dial diary dice dig dill
dime diner disco dish disk ditch dock dodge doing doll dolphin dome donor donut dot dove
down dowry doze drama draw dress dried drift drill drive drone droop drove drum dry duck
duct dude dug duke dune duo dusk dust duty dwell eager eagle early earth easel east eaten
eats ebony ebook echo edge eel eject elbow elder elf elk elm elope elude elves email ember
emit emu enter entry envoy equal erase erupt essay etch even evoke exact exit fable faced
fact fade falcon fall fancy fang fax feast feather feed fence fend fern ferry fetch fiber
fiddle field fifth fifty fig film final finch fit five fjord flag flaky flame flap flask
flick fling flint flip float flock flop flora floss flute flyer foam fog foggy foil folic
folk food fool forest fossil found fox foyer frame fray fresh fried frill frisk from front
frost froth frown froze fruit fudge gains gala gale game gap garden garnet gave gazebo gear
gecko gem genre gentle geyser gift gig ginger given giver glacier glad glade glass glide
globe gloss glove glow glue goal going golf gong good gooey goofy gourd gown grab grain
granite grant grape graph grasp grass gravel gravy gray green greet grew grid grill grip
grit groom grove guava guide gulf gull gulp gummy guru gush guy habit half halo halt hammock
happy harbor harp hash hasty hatch haven hazel hazy heap hearth heat heave hedge hefty help
herbs heron hers hiking hill honey hoop horizon hub hug hula hull human humid hurry hush
husky hut ice icing icon icy igloo image indigo inlet ion iris iron island issue item ivory
ivy jab jade jam jasmine jazz jeep jelly jet jiffy job jog jolly jolt jot joy juice juicy
july jumbo jump juniper juror jury kayak keep keg kelp kept kettle king kite kitty kiwi knee
knelt koala ladder ladle lady lagoon lair lake lance land lantern lapel large lark lasso
last latch late laurel lazy leaf left legal lemon lend lens lent level lever lid life lift
lilac lily limes line linen lint lion lip list lived llama loft lotus lunar lunch lurch
lyric maker malt mango manor many map maple marble march marry marsh mash match mate math
meadow mellow melon mint mist mitten mocha moist mold moody mop morning morse moss most
motor motto mount mouse mouth move movie mower mud muffin mug mulch mule mull mummy mural
muse music mute nacho nail name nanny nap navy near neat nectar neon nest net next niece
ninth noodle nutmeg nutty oak oasis oat oatmeal ocean oil old olive omen onion only ooze
opal open opera opt orbit orchid otter ounce outer oval oven owl oyster ozone pace paddle
pager palm panda pants papaya paper parade park party pasta pastel patch path patio payer
peach pear pebble pecan pedal penguin penny pep pepper perch perm petal photo piano picnic
pillow pine planet plank plant plaza plead plot plow pluck plug plum plus poach pocket pod
poem poet pogo point poise polar polka polo pond pony poppy pork poser pouch pound pout
power prairie prank press print prior prism prize probe prong proof props prune pry puffin
pug pull pulp pulse puma punk pupil puppy purr purse push putt quack quail quake quartz
query quiet quill quilt quit quota quote race rack radar radio radish raft rail rain raisin
rake rally ramp ranch range rank raven reach react ream recap reed reef relax relay relic
remix repay repel reply rerun reset rhyme ribbon rice rich ride ridge rigid rinse ripen
ripple rise risk ritzy rival river roast robe robin rock rocket rogue romp rosy rover
rowboat royal ruby rug rule runny rush rust rut saddle saffron sage said sail salad salmon
salon salsa salt same sand sandal sandy satin sauna saved savor sax say scale scan scarf
scoff scoop scoot scope score scout scowl scrap scrub scuba scuff sedan seed self send sepia
sequin serve set seven shack shade shady shaft shaky shape share sharp shed sheep sheet
shelf shell sherbet shine shiny ship shirt shop shore shout shown showy shred shrug shush
shut shy sierra sift silk silly silo silver sip siren sixth size skate sketch skew skid
skier skies skip skirt skit sky skylark slab slack slang slate slaw sled sleek sleep sleet
slept slice slick slimy sling slip slot sloth slurp slush small smash smell smile smog snack
snap sniff snore snort snout snow snowy snub snuff sonnet sparrow speak speed spend spent
spice spill spiny spoke spoof spool spoon sport spot spout spray spree spring sprout spruce
spur squad squash squat squid stack staff stage stain stall stamp stand star stark start
stash state stays steam steep stem step stew stick stir stock stole stomp stony stood stool
stoop stop storm stout stove straw stray stream stuck stud stuff stump stung stunt suds
sugar summit sunny sunset surf sushi swan swarm sway sweep swell swept swift swim swing
swipe swirl swoop swore syrup tacky taco tag take tall talon tamer tank taper taps tarot
tart task taste tasty tea teapot thank thaw theme thing think thistle thorn those thumb
thump thus thyme tiara tidal tide tidy tiger tile tilt timber tint tiny toast topaz trace
track trade trail train trait trash tray treat tree trek trellis trend trial tribe trick
trio trout truce truck trunk try tug tulip tundra turf turnip tutor tutu tux tweak tweet
twice twine twins twirl twist uncle undo unify union unit untie upon upper urban used user
usher utter valley value vanilla vapor vegan velvet venue verse vest video view violet
violin visa visor vocal voice volt vowel wad wafer waffle wagon wake walk walnut walrus wand
wander warm wasp watch water wave wavy whale wheat whiff whistle whole whoop wick wicker
widen width wife wifi willow wilt wind window wing wink winter wipe wired wiry wise wish
wispy wok wolf wool woozy word work worry woven wren yacht yam yard yarn year yeast yellow
yelp yield yodel yoga yogurt yoyo yummy zebra zephyr zero zesty zinnia zippy zone zoom
"""

WORDS: tuple[str, ...] = tuple(_WORDS.split())


def passphrase_bits(words: int) -> float:
    """How many bits of randomness a generated passphrase of `words` words holds."""
    return words * math.log2(len(WORDS))


def generate_passphrase(words: int = MINIMUM_WORDS) -> str:
    """A passphrase of `words` random words from `WORDS`, joined with hyphens.

    Chosen with `secrets`, so every word is independent and uniformly random.
    """
    if words < MINIMUM_WORDS:
        raise ValueError(f"a bundle passphrase needs at least {MINIMUM_WORDS} words")
    return SEPARATOR.join(secrets.choice(WORDS) for _ in range(words))
