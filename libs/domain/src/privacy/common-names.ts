/**
 * Common given names and surnames in the United States (lower case, without accents), for telling a
 * personal name inside a reference field. Words that are also common in references, places or counties
 * (grant, may, june, lee, king, hall, hill, green, white ...) are left out: a reference holding one of
 * those is not refused for it.
 */
const GIVEN = `james mary robert patricia john jennifer michael linda david elizabeth william barbara richard
susan joseph jessica thomas sarah christopher karen charles lisa daniel nancy matthew betty anthony sandra
donald margaret steven ashley paul kimberly andrew emily joshua donna kenneth michelle kevin carol brian
amanda george melissa timothy deborah ronald stephanie edward rebecca jason sharon jeffrey laura ryan
cynthia jacob kathleen gary amy nicholas angela eric shirley jonathan anna stephen brenda larry pamela
justin emma scott nicole brandon helen benjamin samantha samuel katherine gregory christine alexander
debra frank rachel patrick carolyn raymond janet jack catherine dennis maria jerry heather tyler diane
aaron ruth jose julie adam olivia nathan joyce henry virginia douglas victoria zachary kelly peter lauren
kyle christina ethan joan walter evelyn noah judith jeremy megan christian andrea keith cheryl roger
hannah terry jacqueline gerald martha harold gloria sean teresa austin ann carl sara arthur madison
lawrence frances dylan kathryn jesse janice jordan jean bryan abigail billy alice joe julia bruce judy
gabriel sophia logan beverly albert denise willie marilyn alan amber juan danielle wayne brittany elijah
diana randy natalie roy sophie vincent rose ralph alexis eugene lori russell kayla bobby marie mason
juan carlos luis miguel jorge pedro alejandro fernando ricardo javier manuel francisco antonio rafael
guadalupe rosa ana carmen sofia valentina camila isabella lucia ximena daniela mariana gabriela fatima
mohammed muhammad ahmed ali omar hassan aisha mei wei li ming hiroshi yuki priya raj arjun`;

const SURNAMES = `smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez
gonzalez wilson anderson thomas taylor moore jackson martin perez thompson harris sanchez clark ramirez
lewis robinson walker allen wright scott torres nguyen flores adams nelson baker rivera campbell mitchell
carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales
murphy rogers gutierrez ortiz morgan cooper peterson bailey kelly howard ramos kim richardson watson
chavez mendoza ruiz hughes alvarez castillo sanders patel myers ross foster jimenez powell jenkins perry
russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan
patterson alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson
ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods
washington kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter
hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson
boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto
weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos
hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray
delgado berry perkins hoffman johnston matthews pena richards contreras willis carpenter lawrence sandoval`;

// Words, places and stations as much as names: Austin, Tyler and Marshall are Texas cities and Amtrak stops.
const AMBIGUOUS = new Set(
  `grant rose lane ray hunter mason jordan will west stone fox black austin tyler madison jackson lawrence
  marshall warren hamilton kennedy washington henderson lewis carroll richmond`.split(/\s+/),
);

export const COMMON_NAMES: ReadonlySet<string> = new Set(
  `${GIVEN} ${SURNAMES}`.split(/\s+/).filter((name) => name !== '' && !AMBIGUOUS.has(name)),
);
