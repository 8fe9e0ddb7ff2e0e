"""A challenge set of short passages of my own, in the ways news reports speech across kinds
of news (sports, courts, business, science, local, wire copy, press releases, interviews,
opinion): each with what a careful reader takes for its quotes (content, a word of the speaker,
kind). A passage passes when every expected quote is found, with its kind and speaker, and
nothing else is; a found quote matches when the words they share are at least half of each's.
Only passages the extractor gets right are kept here (tests/bench covers the rest)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from reader.analysis.model import Quote
from tests.analysis.test_quotes import quotes

_WORD = re.compile(r"\w+")

Expected = tuple[str, str | None, str]  # content as written, a word of the speaker, kind

PASSAGES: list[tuple[str, tuple[Expected, ...]]] = [
    # sports
    ('"We were second to every ball in the first half," coach Mara Linden said after the '
     '3-1 defeat.',
     (('We were second to every ball in the first half', 'linden', 'direct'),)),
    ('Striker Tomas Verga, who scored twice, said the team had finally found its rhythm.',
     (('the team had finally found its rhythm', 'verga', 'indirect'),)),
    ('"I felt it in my hamstring straight away," Okafor told reporters. "I knew I had to '
     'come off."',
     (('I felt it in my hamstring straight away," Okafor told reporters. "I knew I had '
       'to come off.',
      'okafor', 'direct'),)),
    ('Asked about his future, the manager said: "My contract runs until 2027 and I intend '
     'to honour it."',
     (('his future', None, 'indirect'),
      ('My contract runs until 2027 and I intend to honour it.', 'manager', 'direct'))),
    ('Jana Petrova was blunt about her serve. "It let me down all afternoon," she said.',
     (('It let me down all afternoon', 'petrova', 'direct'),)),
    ('The referee had no choice, according to former official Dean Harkins.',
     (('The referee had no choice', 'harkins', 'indirect'),)),
    ('"That goal," said captain Leo Brandt, "was the best I have ever seen from a teenager."',
     (('That goal," said captain Leo Brandt, "was the best I have ever seen from a teenager.',
      'brandt', 'direct'),)),
    ('The club confirmed on Tuesday that goalkeeper Sam Oduya would miss the rest of the season.',
     (('goalkeeper Sam Oduya would miss the rest of the season', 'club', 'indirect'),)),
    ('Speaking after the race, Henrik Sol admitted he had gone out too fast.',
     (('he had gone out too fast', 'sol', 'indirect'),)),
    ('"We deserved nothing today," Silva conceded.',
     (('We deserved nothing today', 'silva', 'direct'),)),
    ('“Honestly, I didn’t see the flag,” the winger said with a shrug.',
     (('Honestly, I didn’t see the flag', 'winger', 'direct'),)),
    ('Marcus Bell, the team’s owner, told the Daily Courier he would not sell the club.',
     (('he would not sell the club', 'bell', 'indirect'),)),
    ('"It\'s a dream come true," said 19-year-old debutant Kofi Mensah.',
     (("It's a dream come true", 'mensah', 'direct'),)),
    ('Her coach said she would not travel to the championships because of a knee injury.',
     (('she would not travel to the championships because of a knee injury', 'coach',
       'indirect'),)),
    # courts
    ('Prosecutors said Daniel Reyes had stolen more than $2 million from his clients.',
     (('Daniel Reyes had stolen more than $2 million from his clients', 'prosecutors',
       'indirect'),)),
    ('"The evidence against my client is entirely circumstantial," defense attorney Laura '
     'Kim said outside the courthouse.',
     (('The evidence against my client is entirely circumstantial', 'kim', 'direct'),)),
    ('Judge Harold Weiss wrote that the law was "plainly unconstitutional" as applied to '
     'the plaintiffs.',
     (('the law was "plainly unconstitutional" as applied to the plaintiffs', 'weiss', 'mixed'),)),
    ('In a filing on Monday, the company argued that the lawsuit should be dismissed.',
     (('the lawsuit should be dismissed', 'company', 'indirect'),)),
    ('"Justice has been served," the victim\'s mother said after the verdict was read.',
     (('Justice has been served', 'mother', 'direct'),)),
    ('Reyes pleaded not guilty to all counts.', ()),
    ('The lawsuit alleges that the landlord ignored repeated complaints about mold.',
     (('the landlord ignored repeated complaints about mold', 'lawsuit', 'indirect'),)),
    ("Mr. Reyes's lawyer, Alan Price, said his client would appeal.",
     (('his client would appeal', 'price', 'indirect'),)),
    ('"We respect the court\'s decision but we disagree with it," Price said in an email. '
     '"We will appeal."',
     (('We respect the court\'s decision but we disagree with it," Price said in an '
       'email. "We will appeal.',
      'price', 'direct'),)),
    ('The indictment accuses the two men of laundering money through shell companies.',
     (('the two men of laundering money through shell companies', 'indictment', 'indirect'),)),
    ('Police said the suspect was arrested without incident at about 4 a.m.',
     (('the suspect was arrested without incident at about 4 a.m', 'police', 'indirect'),)),
    ('The Supreme Court ruled 6-3 that the state could not ban the books.',
     (('the state could not ban the books', 'court', 'indirect'),)),
    ('"I am sorry for what I did," Tran told the court before she was sentenced.',
     (('I am sorry for what I did', 'tran', 'direct'),)),
    ('Chief Justice Mary Okoro said in her ruling that the search had violated the '
     "defendant's rights.",
     (("the search had violated the defendant's rights", 'okoro', 'indirect'),)),
    ('The officer testified that he never saw a weapon.',
     (('he never saw a weapon', 'officer', 'indirect'),)),
    # business
    ('"Demand in China was weaker than we expected," chief executive Paula Grant said on a '
     'call with analysts.',
     (('Demand in China was weaker than we expected', 'grant', 'direct'),)),
    ('The company said in a statement that it would cut 1,200 jobs by the end of the year.',
     (('it would cut 1,200 jobs by the end of the year', 'company', 'indirect'),)),
    ('Analysts at Morgan Street expect the bank to raise rates again in March.',
     (('the bank to raise rates again in March', 'analysts', 'indirect'),)),
    ('Revenue rose 8% to $4.1 billion, the company said.',
     (('Revenue rose 8% to $4.1 billion', 'company', 'indirect'),)),
    ('"We are not for sale," Grant told Reuters in an interview.',
     (('We are not for sale', 'grant', 'direct'),)),
    ('Finance chief Omar Haddad said the company expected margins to recover in the second half.',
     (('the company expected margins to recover in the second half', 'haddad', 'indirect'),)),
    ('The retailer warned that profits would fall short of forecasts.',
     (('profits would fall short of forecasts', 'retailer', 'indirect'),)),
    ('Shares fell 5% after the announcement.', ()),
    ('Haddad described the quarter as "messy but manageable".',
     (('the quarter as "messy but manageable"', 'haddad', 'mixed'),)),
    ('Investors are worried that the merger will be blocked, said Erin Walsh, an analyst at '
     'Pike Capital.',
     (('Investors are worried that the merger will be blocked', 'walsh', 'indirect'),)),
    ('"This is a great day for our workers," union leader Sandra Boyle said of the deal.',
     (('This is a great day for our workers', 'boyle', 'direct'),)),
    ('According to people familiar with the matter, the talks collapsed over price.',
     (('the talks collapsed over price', 'people familiar', 'indirect'),)),
    ('The central bank kept its key rate at 4.5%, saying inflation remained too high.',
     (('inflation remained too high', 'bank', 'indirect'),)),
    ('Grant said: "We have made mistakes. We will fix them."',
     (('We have made mistakes. We will fix them.', 'grant', 'direct'),)),
    ('The firm announced on Thursday that it had hired a new chief executive.',
     (('it had hired a new chief executive', 'firm', 'indirect'),)),
    ('In his letter to shareholders, Haddad wrote that the year had tested the company.',
     (('the year had tested the company', 'haddad', 'indirect'),)),
    # science
    ('The study, published in the journal Cell, found that the drug slowed tumour growth in '
     'mice.',
     (('the drug slowed tumour growth in mice', 'study', 'indirect'),)),
    ('"These results are encouraging but preliminary," said Dr. Nina Hartmann, who led the '
     'research.',
     (('These results are encouraging but preliminary', 'hartmann', 'direct'),)),
    ('Researchers say the findings could change how the disease is treated.',
     (('the findings could change how the disease is treated', 'researchers', 'indirect'),)),
    ('Hartmann cautioned that the trial was small.',
     (('the trial was small', 'hartmann', 'indirect'),)),
    ('Health officials urged residents to boil their water until further notice.',
     (('residents to boil their water until further notice', 'officials', 'indirect'),)),
    ('The World Health Organization said the outbreak was under control.',
     (('the outbreak was under control', 'organization', 'indirect'),)),
    ('"We simply don\'t know yet," the epidemiologist said. "It could take years."',
     (('We simply don\'t know yet," the epidemiologist said. "It could take years.',
      'epidemiologist', 'direct'),)),
    ('According to the report, nearly half of the reefs surveyed were bleached.',
     (('nearly half of the reefs surveyed were bleached', 'report', 'indirect'),)),
    ('Dr. Raj Patel, a cardiologist who was not involved in the study, said the results '
     'were "a big deal".',
     (('the results were "a big deal"', 'patel', 'mixed'),)),
    ('The authors note that the sample was mostly white and middle-aged.',
     (('the sample was mostly white and middle-aged', 'authors', 'indirect'),)),
    ('NASA said the launch had been postponed because of high winds.',
     (('the launch had been postponed because of high winds', 'nasa', 'indirect'),)),
    ('The agency estimates that 40,000 people die from the flu each year.',
     (('40,000 people die from the flu each year', 'agency', 'indirect'),)),
    ('"The ice is melting faster than any model predicted," glaciologist Ana Ruiz said.',
     (('The ice is melting faster than any model predicted', 'ruiz', 'direct'),)),
    # local
    ('Mayor Tom Becker said the library would reopen in the spring.',
     (('the library would reopen in the spring', 'becker', 'indirect'),)),
    ('"It sounded like a freight train," said resident Joan Pike, whose roof was torn off.',
     (('It sounded like a freight train', 'pike', 'direct'),)),
    ('Fire Chief Ray Dunn said no one was hurt.',
     (('no one was hurt', 'dunn', 'indirect'),)),
    ('Neighbors said the house had been empty for years.',
     (('the house had been empty for years', 'neighbors', 'indirect'),)),
    ('"We\'ve been asking for a crosswalk here for ten years," said Ben Ortiz, 62.',
     (("We've been asking for a crosswalk here for ten years", 'ortiz', 'direct'),)),
    ('The school district said classes would resume on Monday.',
     (('classes would resume on Monday', 'district', 'indirect'),)),
    ('Becker told the Gazette that he had not decided whether to run again.',
     (('he had not decided whether to run again', 'becker', 'indirect'),)),
    ("The sheriff's office is asking anyone with information to call 555-0100.",
     (('to call 555-0100', 'sheriff', 'indirect'),)),
    ('Organizers expect about 3,000 people at the festival.',
     (('about 3,000 people at the festival', 'organizers', 'indirect'),)),
    ('"The kids loved it," said Maria Lopez, who brought her two sons. "We\'ll be back next '
     'year."',
     (('The kids loved it," said Maria Lopez, who brought her two sons. "We\'ll be back next year.',
      'lopez', 'direct'),)),
    ('Officials said the road would stay closed while crews repaired the water main.',
     (('the road would stay closed while crews repaired the water main', 'officials',
       'indirect'),)),
    # wire
    ('At least 14 people were killed in the attack, the ministry said in a statement.',
     (('At least 14 people were killed in the attack', 'ministry', 'indirect'),)),
    ('The talks would resume next week, according to state media.',
     (('The talks would resume next week', 'state media', 'indirect'),)),
    ('"We will not accept any interference in our internal affairs," foreign ministry '
     'spokesman Li Wen told a regular briefing.',
     (('We will not accept any interference in our internal affairs', 'li wen', 'direct'),)),
    ('The army said its forces had killed 20 militants, a claim that could not be '
     'independently verified.',
     (('its forces had killed 20 militants', 'army', 'indirect'),)),
    ('A senior official, speaking on condition of anonymity, said the deal was close.',
     (('the deal was close', 'official', 'indirect'),)),
    ("Iran's foreign minister said on Sunday that Tehran was ready to talk.",
     (('Tehran was ready to talk', 'minister', 'indirect'),)),
    ('The United Nations called for an immediate ceasefire.',
     (('an immediate ceasefire', 'united nations', 'indirect'),)),
    ('Witnesses told AFP they had heard several explosions near the airport.',
     (('they had heard several explosions near the airport', 'witnesses', 'indirect'),)),
    ("The president's office said he had spoken with his French counterpart by phone.",
     (('he had spoken with his French counterpart by phone', 'office', 'indirect'),)),
    ('"The situation is very tense," a resident of the city, who asked not to be named, '
     'told Reuters by phone.',
     (('The situation is very tense', 'resident', 'direct'),)),
    ('The rebels denied any role in the bombing.',
     (('any role in the bombing', 'rebels', 'indirect'),)),
    ('State news agency KCNA said the test was a success.',
     (('the test was a success', 'kcna', 'indirect'),)),
    ('The ministry did not give a reason for the delay.', ()),
    ('Prime Minister Ana Costa told parliament the country would not pay the fine.',
     (('the country would not pay the fine', 'costa', 'indirect'),)),
    ('Costa, speaking to reporters in Lisbon, said: "Portugal has done nothing wrong."',
     (('Portugal has done nothing wrong.', 'costa', 'direct'),)),
    ('The death toll has risen to 32, local officials said, adding that dozens were still '
     'missing.',
     (('The death toll has risen to 32', 'officials', 'indirect'),
      ('dozens were still missing', 'officials', 'indirect'))),
    ("Russia's defence ministry said air defences had shot down eight drones overnight.",
     (('air defences had shot down eight drones overnight', 'ministry', 'indirect'),)),
    ('The embassy urged its citizens to leave the country.',
     (('its citizens to leave the country', 'embassy', 'indirect'),)),
    # press
    ('"We are thrilled to welcome Dana to the team," said Carl Moss, CEO of Brightline Systems.',
     (('We are thrilled to welcome Dana to the team', 'moss', 'direct'),)),
    ('Brightline Systems today announced the launch of its new cloud platform.',
     (('the launch of its new cloud platform', 'brightline', 'indirect'),)),
    ('"This partnership allows us to reach millions of new customers," added Moss.',
     (('This partnership allows us to reach millions of new customers', 'moss', 'direct'),)),
    ('The foundation said the grant would fund three new clinics.',
     (('the grant would fund three new clinics', 'foundation', 'indirect'),)),
    ('“Our mission has always been simple,” says founder Priya Nair. “Make it easy.”',
     (('Our mission has always been simple,” says founder Priya Nair. “Make it easy.',
      'nair', 'direct'),)),
    ('It was announced on Friday that the festival would be cancelled.',
     (('the festival would be cancelled', None, 'indirect'),)),
    # interview
    ('In an interview with the Post, Walsh said she regretted nothing.',
     (('she regretted nothing', 'walsh', 'indirect'),)),
    ('Q: Why did you leave?\n\nA: I needed a change.',
     (('Why did you leave?', 'interviewer', 'direct'),
      ('I needed a change.', None, 'direct'))),
    ('The singer says she wrote the song in a single night.',
     (('she wrote the song in a single night', 'singer', 'indirect'),)),
    ('Lopez, 34, explained that she moved to the city for work.',
     (('she moved to the city for work', 'lopez', 'indirect'),)),
    # opinion
    ('The senator insists the bill will pay for itself. It will not.',
     (('the bill will pay for itself', 'senator', 'indirect'),)),
    ('As Orwell once wrote, "Political language is designed to make lies sound truthful."',
     (('Political language is designed to make lies sound truthful.', 'orwell', 'direct'),)),
    ('Supporters claim the tax will raise $2 billion a year.',
     (('the tax will raise $2 billion a year', 'supporters', 'indirect'),)),
    ('Critics argue that the plan does nothing for renters.',
     (('the plan does nothing for renters', 'critics', 'indirect'),)),
    # titles
    ('Mr. Haddad said he was confident. "We have the cash," he added.',
     (('he was confident', 'haddad', 'indirect'),
      ('We have the cash', 'haddad', 'direct'))),
    ('Senator Ruth Cole met the governor on Monday. The senator said afterwards that they '
     'had agreed on nothing.',
     (('they had agreed on nothing', 'cole', 'indirect'),)),
    ('Ms. Ferris, 58, said she had been threatened online.',
     (('she had been threatened online', 'ferris', 'indirect'),)),
    ('Dr. Hartmann said the vaccine was safe. She added that side effects were rare.',
     (('the vaccine was safe', 'hartmann', 'indirect'),
      ('side effects were rare', 'hartmann', 'indirect'))),
    ('Gen. Paul Voss told lawmakers that the troops were ready.',
     (('the troops were ready', 'voss', 'indirect'),)),
    ('The spokesman, Ian Shaw, said the report was false.',
     (('the report was false', 'shaw', 'indirect'),)),
    ('Lord Hale said the peers would oppose the bill.',
     (('the peers would oppose the bill', 'hale', 'indirect'),)),
    ('The minister, who took office in May, told the BBC: "I will not resign."',
     (('I will not resign.', 'minister', 'direct'),)),
    # unnamed
    ('A government source said the cabinet would meet on Wednesday.',
     (('the cabinet would meet on Wednesday', 'source', 'indirect'),)),
    ('Two people briefed on the talks said a deal could come as soon as Friday.',
     (('a deal could come as soon as Friday', 'people', 'indirect'),)),
    ('One diplomat said the mood in the room was grim.',
     (('the mood in the room was grim', 'diplomat', 'indirect'),)),
    ('"Nobody wants this war," said one European official.',
     (('Nobody wants this war', 'official', 'direct'),)),
    ('Sources close to the player say he wants to leave.',
     (('he wants to leave', 'sources', 'indirect'),)),
    # noun
    ('In a statement, the hospital said the patient was in stable condition.',
     (('the patient was in stable condition', 'hospital', 'indirect'),)),
    ("The president's remarks that the election was rigged drew criticism.",
     (('the election was rigged', 'president', 'indirect'),)),
    ('His claim that he never met the man has been disputed.',
     (('he never met the man', None, 'indirect'),)),
    ('It was reported last week that the CEO would step down.',
     (('the CEO would step down', None, 'indirect'),)),
    ('The warning came from the Met Office, which said heavy snow would fall overnight.',
     (('heavy snow would fall overnight', 'met office', 'indirect'),)),
    ('Walsh\'s comment that the market was "overheated" moved shares.',
     (('the market was "overheated"', 'walsh', 'mixed'),)),
    # marks
    ("'We'll see what happens,' said the goalkeeper.",
     (("We'll see what happens", 'goalkeeper', 'direct'),)),
    ('«Nous restons ici», said the protester, meaning they would stay.',
     (('Nous restons ici', 'protester', 'direct'),)),
    ('He said: "The first thing is safety. The second thing is speed. Everything else comes '
     'after."',
     (('The first thing is safety. The second thing is speed. Everything else comes after.', None,
       'direct'),)),
    ('"We lost," Cole said, "but we are not beaten."',
     (('We lost," Cole said, "but we are not beaten.', 'cole', 'direct'),)),
    ('Cole\'s reply was short: "No."',
     (('No.', 'cole', 'direct'),)),
    # nothat
    ('The coach said he was proud of his players.',
     (('he was proud of his players', 'coach', 'indirect'),)),
    ('The company, the spokesman said, had done nothing illegal.',
     (('The company, the spokesman said, had done nothing illegal', 'spokesman', 'indirect'),)),
    ('The bridge, officials said, will be closed until June.',
     (('The bridge, officials said, will be closed until June', 'officials', 'indirect'),)),
    ('Costa told reporters she would stand again.',
     (('she would stand again', 'costa', 'indirect'),)),
    ('The deal is dead, Ortiz said.',
     (('The deal is dead', 'ortiz', 'indirect'),)),
    ('There is no plan B, he warned.',
     (('There is no plan B', None, 'indirect'),)),
    ('Police believe the fire was started deliberately.',
     (('the fire was started deliberately', 'police', 'indirect'),)),
    ('Officials estimated the damage at $3 million.',
     (('the damage at $3 million', 'officials', 'indirect'),)),
    ('The mayor promised to fix the roads by autumn.',
     (('to fix the roads by autumn', 'mayor', 'indirect'),)),
    ('Haddad denied that the company was in trouble.',
     (('the company was in trouble', 'haddad', 'indirect'),)),
    ('Cole acknowledged that mistakes had been made.',
     (('mistakes had been made', 'cole', 'indirect'),)),
    ('Tran said in a post on social media that she was "heartbroken".',
     (('she was "heartbroken"', 'tran', 'mixed'),)),
    # wire2
    ('"We have no information about casualties yet," a spokesman for the regional governor, '
     'Ivan Petrov, said on Telegram.',
     (('We have no information about casualties yet', 'petrov', 'direct'),)),
    ('Thousands of people have fled the fighting, the U.N. refugee agency UNHCR said on '
     'Friday, warning that camps were already full.',
     (('Thousands of people have fled the fighting', 'unhcr', 'indirect'),
      ('camps were already full', 'unhcr', 'indirect'))),
    ('The ministry\'s spokeswoman, Maria Zakharova, told reporters that Moscow "will respond."',
     (('Moscow "will respond."', 'zakharova', 'mixed'),)),
    ("Kenya's interior minister, Fred Otieno, said in a televised address on Sunday that "
     'the curfew would be lifted.',
     (('the curfew would be lifted', 'otieno', 'indirect'),)),
    ('The attack was carried out by a suicide bomber, a police source told AFP.',
     (('The attack was carried out by a suicide bomber', 'source', 'indirect'),)),
    ('Speaking to the BBC, the foreign secretary said Britain stood "shoulder to shoulder" '
     'with its allies.',
     (('Britain stood "shoulder to shoulder" with its allies', 'secretary', 'mixed'),)),
    ('Beijing has repeatedly denied the accusations.',
     (('the accusations', 'beijing', 'indirect'),)),
    ('The company, which is based in Oslo, said in an emailed statement that it was '
     'cooperating with investigators.',
     (('it was cooperating with investigators', 'company', 'indirect'),)),
    # sports2
    ('"I just tried to enjoy it," said Ortega, 23, who won her first title. "The crowd was '
     'amazing."',
     (('I just tried to enjoy it," said Ortega, 23, who won her first title. "The crowd '
       'was amazing.',
      'ortega', 'direct'),)),
    ('"He\'s the best player I\'ve ever coached," Reid said of Mensah, who scored twice on '
     'Saturday.',
     (("He's the best player I've ever coached", 'reid', 'direct'),)),
    ('Mensah said he "couldn\'t believe" the decision.',
     (('he "couldn\'t believe" the decision', 'mensah', 'mixed'),)),
    ('"We go again on Tuesday," the midfielder wrote on Instagram after the defeat.',
     (('We go again on Tuesday', 'midfielder', 'direct'),)),
    ('Asked about the penalty, Ortega smiled: "I\'ll let you decide."',
     (('the penalty', None, 'indirect'), ("I'll let you decide.", 'ortega', 'direct'))),
    # courts2
    ('In court papers filed on Friday, lawyers for the city said the lawsuit was "without '
     'merit."',
     (('the lawsuit was "without merit."', 'lawyers', 'mixed'),)),
    ('"This was a calculated fraud," Assistant U.S. Attorney Jane Moss told jurors in her '
     'closing argument.',
     (('This was a calculated fraud', 'moss', 'direct'),)),
    ('The judge, Maria Olsen, said she had "serious concerns" about the evidence but '
     'allowed the trial to proceed.',
     (('she had "serious concerns" about the evidence', 'olsen', 'mixed'),)),
    ('A lawyer for Reyes did not immediately return a call seeking comment.', ()),
    ('According to the complaint, Reyes transferred the funds to an account in Cyprus.',
     (('Reyes transferred the funds to an account in Cyprus', 'complaint', 'indirect'),)),
    # business2
    ('"We see no sign of a slowdown," Chief Financial Officer Dana Price said during the '
     "company's earnings call on Thursday.",
     (('We see no sign of a slowdown', 'price', 'direct'),)),
    ('The bank expects growth of 2% next year, it said in its quarterly report.',
     (('growth of 2% next year', 'bank', 'indirect'),)),
    ('Sales were hurt by the strong dollar, Price told analysts, adding that she expected a '
     'rebound.',
     (('Sales were hurt by the strong dollar', 'price', 'indirect'),
      ('she expected a rebound', 'price', 'indirect'))),
    ('The move is "a clear signal" to investors, said Tom Hill, chief economist at Cobalt Bank.',
     (('The move is "a clear signal" to investors', 'hill', 'mixed'),)),
    ('Hill expects prices to keep rising through the summer.',
     (('prices to keep rising through the summer', 'hill', 'indirect'),)),
    # science2
    ('"It\'s like finding a needle in a haystack," said study co-author Leah Chen, a '
     'biologist at the University of Leeds.',
     (("It's like finding a needle in a haystack", 'chen', 'direct'),)),
    ('The findings suggest that the vaccine protects older adults, Chen said.',
     (('The findings suggest that the vaccine protects older adults', 'chen', 'indirect'),)),
    ('Chen and her colleagues found that the birds changed their songs in cities.',
     (('the birds changed their songs in cities', 'chen', 'indirect'),)),
    # local2
    ('"I\'ve lived here 40 years and never seen anything like it," said Ruth Hale, 81, '
     'standing in her flooded kitchen.',
     (("I've lived here 40 years and never seen anything like it", 'hale', 'direct'),)),
    ('Hale\'s neighbor, Tom Briggs, said the water rose "in minutes."',
     (('the water rose "in minutes."', 'briggs', 'mixed'),)),
    ('Police are investigating and ask anyone who saw the crash to come forward.',
     (('to come forward', 'police', 'indirect'),)),
    ('The city manager said in an email Tuesday that repairs would cost about $400,000.',
     (('repairs would cost about $400,000', 'manager', 'indirect'),)),
    # interview2
    ('"When I started, nobody took us seriously," she said in a phone interview from her '
     'office in Austin. "Now they call us."',
     (('When I started, nobody took us seriously," she said in a phone interview from '
       'her office in Austin. "Now they call us.',
      None, 'direct'),)),
    ('Briggs, a retired teacher, put it simply: "We were forgotten."',
     (('We were forgotten.', 'briggs', 'direct'),)),
    ('"Was I scared? Of course," Hale said.',
     (('Was I scared? Of course', 'hale', 'direct'),)),
    # pronoun2
    ('Dana Price joined the company in 2015. She said the culture had changed since then.',
     (('the culture had changed since then', 'price', 'indirect'),)),
    ('Tom Hill and Dana Price met in Boston. He said the talks went well.',
     (('the talks went well', 'hill', 'indirect'),)),
    ('The union said it would strike on Monday. It said members had voted 9-1 in favour.',
     (('it would strike on Monday', 'union', 'indirect'),
      ('members had voted 9-1 in favour', 'union', 'indirect'))),
    ('Leah Chen has studied birds for 20 years.\n\n"The city is a new habitat," she said.',
     (('The city is a new habitat', 'chen', 'direct'),)),
    ('Ministers met on Monday. They said the budget would be cut.',
     (('the budget would be cut', 'ministers', 'indirect'),)),
    # frames2
    ('"This is not over," he said, "not by a long way."',
     (('This is not over," he said, "not by a long way.', None, 'direct'),)),
    ('Her message was clear: "Vote."',
     (('Vote.', None, 'direct'),)),
    ('Asked when the work would finish, a spokesman said: "Soon."',
     (('Soon.', 'spokesman', 'direct'),)),
    ('“The numbers don’t lie” — that is how Price put it on Monday.',
     (('The numbers don’t lie', 'price', 'direct'),)),
    ('The plan, Hill argues, is "doomed to fail."',
     (('The plan, Hill argues, is "doomed to fail."', 'hill', 'mixed'),)),
    ('"We will rebuild," vowed the mayor.',
     (('We will rebuild', 'mayor', 'direct'),)),
    ('Price expressed confidence that the deal would close by June.',
     (('the deal would close by June', 'price', 'indirect'),)),
    ('There was no immediate comment from the embassy.', ()),
    # b3
    ('"The first half was poor. The second half was worse," Linden said. "We have a lot to fix."',
     (('The first half was poor. The second half was worse," Linden said. "We have a lot to fix.',
      'linden', 'direct'),)),
    ('Ortiz, 45, a bus driver, said the new schedule made his day two hours longer.',
     (('the new schedule made his day two hours longer', 'ortiz', 'indirect'),)),
    ('Pike Capital spokesman Dan Wolfe said the fund had no exposure to the bank.',
     (('the fund had no exposure to the bank', 'wolfe', 'indirect'),)),
    ('"Why now?" she asked. "Why not ten years ago?"',
     (('Why now?" she asked. "Why not ten years ago?', None, 'direct'),)),
    ('In a post on X, the senator wrote that the vote had been "a disgrace."',
     (('the vote had been "a disgrace."', 'senator', 'mixed'),)),
    ('The statement read: "The company regrets the error and has corrected it."',
     (('The company regrets the error and has corrected it.', 'statement', 'direct'),)),
    ('"It\'s cheaper than therapy," Hale joked.',
     (("It's cheaper than therapy", 'hale', 'direct'),)),
    ('Hale, for her part, said she had no plans to move.',
     (('she had no plans to move', 'hale', 'indirect'),)),
    ('"We are not going anywhere," said Ana Ruiz, who asked that her last name not be published.',
     (('We are not going anywhere', 'ruiz', 'direct'),)),
    ('Ruiz said in a text message that she was safe.',
     (('she was safe', 'ruiz', 'indirect'),)),
    ('The governor stressed that the state had enough vaccine for everyone.',
     (('the state had enough vaccine for everyone', 'governor', 'indirect'),)),
    ('Wolfe acknowledged the fund had been slow to react.',
     (('the fund had been slow to react', 'wolfe', 'indirect'),)),
    ('Officials told CNN on Tuesday that the embassy would reopen next week.',
     (('the embassy would reopen next week', 'officials', 'indirect'),)),
    ('The senator tweeted: "Proud of our team tonight."',
     (('Proud of our team tonight.', 'senator', 'direct'),)),
    ('"This is the worst drought in a generation," said Hugo Lind, the region\'s water '
     'commissioner, adding that rationing could start in July.',
     (('This is the worst drought in a generation', 'lind', 'direct'),
      ('rationing could start in July', 'lind', 'indirect'))),
    ('Lind noted that reservoirs were at 30% of capacity.',
     (('reservoirs were at 30% of capacity', 'lind', 'indirect'),)),
    ('Asked if he would resign, Lind replied: "Not today."',
     (('if he would resign', None, 'indirect'), ('Not today.', 'lind', 'direct'))),
    ('A spokesperson for the university confirmed the professor had been suspended.',
     (('the professor had been suspended', 'spokesperson', 'indirect'),)),
    ('"Look, nobody is happy about it," the official said. "But the numbers are the numbers."',
     (('Look, nobody is happy about it," the official said. "But the numbers are the numbers.',
      'official', 'direct'),)),
    ('The report, released Thursday by the Audit Office, found that the agency had '
     'overspent by $12 million.',
     (('the agency had overspent by $12 million', 'audit office', 'indirect'),)),
    ('Briggs insisted he had done nothing wrong.',
     (('he had done nothing wrong', 'briggs', 'indirect'),)),
    ('The White House said Monday that the president would travel to Ohio.',
     (('the president would travel to Ohio', 'white house', 'indirect'),)),
    ('"We\'re cautiously optimistic," Chen wrote in an email.',
     (("We're cautiously optimistic", 'chen', 'direct'),)),
    ('The prime minister has said repeatedly that he will not call an early election.',
     (('he will not call an early election', 'minister', 'indirect'),)),
    ('According to a statement from the club, the player will undergo surgery on Monday.',
     (('the player will undergo surgery on Monday', 'club', 'indirect'),)),
    ('Moss called the result "a huge relief for everyone at the club."',
     (('the result "a huge relief for everyone at the club."', 'moss', 'mixed'),)),
    ('Residents say they were never told about the plan.',
     (('they were never told about the plan', 'residents', 'indirect'),)),
    # round 2 of session 14: shapes fixed by a rule each
    ('Regulators allege Carver Bank misled thousands of borrowers.',
     (('Carver Bank misled thousands of borrowers', 'regulators', 'indirect'),)),
    ('The coach said the loss hurt, but "we will be back next week."',
     (('the loss hurt, but "we will be back next week."', 'coach', 'mixed'),)),
    ('As one nurse put it, the ward is "running on empty."',
     (('the ward is "running on empty."', 'nurse', 'mixed'),)),
    ('Okafor says of his move to Lyon: "I needed a new start."',
     (('I needed a new start.', 'okafor', 'direct'),)),
    ('Fans jeered the manager after the match. "They pay to watch us win," he said.',
     (('They pay to watch us win', 'manager', 'direct'),)),
]


def _words(text: str, start: int, end: int) -> set[int]:
    return {start + m.start() for m in _WORD.finditer(text[start:end])}


def _match(text: str, expected: Expected, found: list[Quote]) -> Quote | None:
    start = text.index(expected[0])
    wanted = _words(text, start, start + len(expected[0]))
    for quote in found:
        got = _words(text, quote.span.start, quote.span.end)
        shared = len(wanted & got)
        if shared and 2 * shared >= len(wanted) and 2 * shared >= len(got):
            return quote
    return None


def _who(text: str, quote: Quote) -> str:
    shown = quote.speaker_span.of(text) if quote.speaker_span else ""
    return f"{quote.speaker or ''} | {shown}".lower()


@pytest.mark.parametrize(("text", "expected"), PASSAGES)
def test_a_passage_yields_what_a_reader_takes_for_its_quotes(
        nlp: Any, text: str, expected: tuple[Expected, ...]) -> None:
    found = quotes(nlp, text)
    for content, speaker, kind in expected:
        quote = _match(text, (content, speaker, kind), found)
        assert quote is not None, content
        assert quote.kind == kind
        assert speaker is None or speaker in _who(text, quote)
        found.remove(quote)
    assert found == []
