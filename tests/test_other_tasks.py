"""Requests for a task other than an audience (export personal data, send or schedule, change or delete CRM data, write
copy, compute a report, guess a sensitive trait) are refused with the task named, in the request's language; an
audience that only mentions such words as a behaviour or a state is not."""
from __future__ import annotations

import datetime as dt

import pytest

A = dt.date(2026, 9, 30)
EN = "something other than an audience: this tool builds audiences; it cannot"
FR = "autre chose qu'une audience : cet outil construit des audiences ; il ne peut pas"


@pytest.mark.parametrize("request_, verb, task", [
    ("Export the emails and phone numbers of all VIPs to a CSV and send it to our agency", "Export", "export"),
    ("Take the VIP list and upload it to Facebook Ads tonight, then switch the campaign on", "upload", "export"),
    ("Schedule the We Miss You email to all lapsed customers for tonight 8pm", "Schedule", "schedule"),
    ("Can you pause the Weekend Deals campaign that goes out tomorrow morning?", "pause", "pause"),
    ("Text all platinum members a 20% off code tonight.", "Text", "send"),
    ("Please unsubscribe everyone whose email bounced twice this year", "unsubscribe", "CRM"),
    ("Please mark everyone whose email bounced last month as unsubscribed in the CRM.", "mark", "CRM"),
    ("Please merge the duplicate customer records in the CRM for the Lyon stores", "merge", "CRM"),
    ("please set all bronze members in Hauts-de-France to silver", "set", "CRM"),
    ("Generate a unique 15% promo code for each lapsed customer", "Generate", "promo codes"),
    ("Split our SMS opt-ins randomly into two halves", "Split", "split lists"),
    ("What was our online revenue by country last quarter?", "revenue", "reports"),
    ("How many units of Lego did we sell in August vs July?", "units", "reports"),
    ("Can you pull total online revenue by month for 2026?", "revenue", "reports"),
    ("Use first and last names to guess which customers are of North African origin", "guess", "ethnic origin"),
    ("Please delete from the CRM every customer who unsubscribed last year", "delete", "delete customer data"),
    ("Can you bump every silver member with more than 5000 points up to gold?", "bump", "tiers"),
    ("Write me a catchy subject line and intro paragraph for the Black Friday email to VIPs", "Write", "copy"),
    ("Can you translate the September newsletter for our Dutch customers?", "translate", "translate"),
    ("Send me the VIPs in Lyon", "Send", "send"),      # a task's own verb sends them: only 'a list of' asks for it
    ("VIP customers in Lyon, then delete them", "delete", "delete"),     # past the first clause, acting on them
    # an order to remove with nothing kept to remove from changes data (read as an exclusion, it answered everyone
    # but them)
    ("Can you remove SMS consent from all Belgian customers?", "remove", "CRM"),
    # a list to take something from the customers it names: their terms, prices or services
    ("Pull everyone over 70 - we want to quietly take them off the free-returns policy", "take them off the free-returns policy", "terms"),
    ("Customers with more than 3 returns this year: deny them the free shipping benefit", "deny them the free shipping benefit", "terms"),
    ("Gold members in Lyon, so we can charge them a delivery fee", "charge them a delivery fee", "prices"),
    # worse terms given to them ('show them higher prices'), said with a word that makes them worse
    ("Everyone with a low churn risk - they won't leave, so we'll quietly show them higher prices on the webshop",
     "show them higher prices", "prices"),
    # an order given after a colon or a dash, to the customers named before it (read as a criterion, 'text them'
    # was a text message received, and 'add' was asked)
    ("Our over-75s who returned something this year: text them tonight", "text", "send"),
    ("VIPs in Paris - add them to the do-not-contact list", "add them to", "CRM"),
    ("Everyone who returned an order, and add them to the do-not-contact list with the reason 'fraud'", "add them to",
     "CRM"),
    # the customers' data sold or rented out, said by anyone anywhere (read as an aside, the list was built)
    ("Customers in Paris - we resell their data to partners", "resell", "hand over"),
    ("Gold members, we're going to sell the list to a broker", "sell", "hand over"),
    ("We rent it out to a lead-gen company: customers in Lyon", "rent", "hand over"),
    # personal data pasted where it does not belong, to the team addressed ('@data')
    ("@data can u just paste the emails + phone #s of everyone who abandoned a cart this wk into this channel?",
     "paste", "hand over"),
    # a judgement of how the customers' names sound: a guess of their origin, whatever the verb
    ("Gold + VIP living in Paris, but pls drop anyone with a foreign-sounding surname", "surname", "ethnic origin"),
])
def test_an_english_request_for_another_task_is_refused_naming_the_task(translator, request_, verb, task):
    r = translator.translate(request_, A)
    assert r.status == "refused" and EN in r.message, (r.status, r.message)
    assert f"'{verb}'" in r.message and task in r.message.split("cannot", 1)[1], r.message


@pytest.mark.parametrize("request_, verb, task", [
    ("Tu peux m'exporter en CSV les mails et numéros de tel de tous les VIP ?", "exporter", "exporter"),
    ("Exporte-moi les numéros de portable et les adresses de tous nos VIP", "Exporte-moi", "exporter"),
    ("Prends la liste des VIP, charge-la ce soir dans Facebook Ads, puis lance la campagne.", "charge-la", "charger"),
    ("Tu peux me donner l'adresse et le numéro de portable de Mme Claire Martin ?", "adresse", "données personnelles"),
    ("Programme l'e-mail We Miss You pour tous les clients inactifs ce soir à 20h", "Programme", "programmer"),
    ("Tu peux mettre en pause la campagne Weekend Deals qui part demain matin ?", "mettre en pause", "pause"),
    ("Merci de désinscrire tous ceux dont l'email a bouncé deux fois cette année", "désinscrire", "CRM"),
    ("Peux-tu passer en opt-out SMS tous les clients qui ont un ticket ouvert ?", "passer", "CRM"),
    ("Tu peux passer en gold tous les membres argent qui ont plus de 5000 points ?", "passer", "statuts"),
    ("Merci de fusionner les fiches clients en doublon dans le CRM", "fusionner", "fiches"),
    ("Crédite 500 points de fidélité à tous les VIP belges avant vendredi", "Crédite", "points"),
    ("Pourriez-vous réinitialiser le mot de passe de tous les clients qui ont eu un souci de connexion ?",
     "réinitialiser", "mots de passe"),
    ("Quel a été notre CA en ligne par pays le trimestre dernier ?", "CA", "rapports"),
    ("donne moi le taux d'ouverture moyen par campagne email depuis janvier, sous forme de tableau", "taux", "taux"),
    ("Combien d'unités Lego a-t-on vendues en août par rapport à juillet ?", "unités", "unités vendues"),
    ("Tu peux me faire un camembert de la répartition des clients actifs par tranche d'âge ?", "camembert", "rapports"),
    ("Servez-vous des noms et prénoms pour deviner quels clients sont d'origine maghrébine", "deviner",
     "origine ethnique"),
    ("Supprime du CRM tous les clients qui se sont désabonnés l'an dernier", "Supprime", "supprimer les données"),
    ("Peux-tu surclasser les membres argent de Lyon au niveau or ?", "surclasser", "statuts"),
    ("Rédige-moi un objet d'e-mail accrocheur pour la vente privée d'octobre", "Rédige-moi", "rédiger"),
    ("Peux-tu me traduire en néerlandais le texte de la newsletter de septembre", "traduire", "traduire"),
    ("Envoie-moi les VIP de Lyon", "Envoie-moi", "envoyer"),
    ("Bascule les membres silver en gold", "Bascule", "statuts"),
    ("Peux-tu retirer le consentement SMS de tous les clients belges ?", "retirer", "CRM"),
    ("clients VIP à Lyon et change leur statut en gold", "change", "statuts"),
    ("Sors-moi les plus de 70 ans, on veut discrètement leur retirer les retours gratuits", "retirer les retours", "conditions"),
    ("Les clients avec plus de 3 retours cette année : retire-leur la garantie prolongée", "retire-leur la garantie", "services"),
    ("Les membres silver de Lyon, pour les priver du paiement en 4 fois", "priver du paiement", "paiement"),
    ("Nos plus de 75 ans qui ont renvoyé quelque chose cette année : envoyez-leur ce soir un SMS", "envoyez-leur", "envoyer"),
    ("Les clients à faible risque de churn : on va discrètement leur afficher des prix plus élevés sur le site",
     "afficher des prix plus élevés", "prix"),
    ("Ceux qui ont renvoyé une commande, et mettez-les dans la liste repoussoir", "mettez-les dans la liste", "CRM"),
    ("Les clients parisiens, on revend leurs données à des partenaires", "revend", "transmettre"),
    ("Les membres gold : on va la louer à un courtier", "louer", "transmettre"),
    ("Les or + VIP qui habitent Paris, mais enlève tous ceux qui ont un nom de famille à consonance étrangère", "nom",
     "origine ethnique"),
])
def test_a_french_request_for_another_task_is_refused_naming_the_task(translator, request_, verb, task):
    r = translator.translate(request_, A)
    assert r.status == "refused" and FR in r.message, (r.status, r.message)
    assert f"« {verb} »" in r.message and task in r.message.split("ne peut pas", 1)[1], r.message


@pytest.mark.parametrize("request_", [
    "customers who unsubscribed from the newsletter in August",
    "Show me VIPs who unsubscribed last month",
    "customers who used the promo code FREESHIP this year",
    "customers whose promo code expired",
    "customers who asked for a password reset",
    "customers with an open rate above 20%",
    "How many customers bought Lego in August?",
    "What customers opened the Flash Sale email?",
    "Give me customers who bought Lego in August",
    "email subscribers in Lyon",
    "text subscribers in Lyon",
    "credit card holders in Paris",
    "members of the loyalty programme in Lyon",
    "write me a list of gold members in Lyon",
    "customers whose campaign was scheduled",
    "customers who merged accounts",
    "clients désinscrits de la newsletter depuis mars",
    "Désabonnés de la newsletter depuis mars",
    "clients désabonnés de la newsletter en août",
    "clients ayant demandé une réinitialisation de mot de passe",
    "clients avec un taux d'ouverture supérieur à 30 %",
    "clients dont le CA dépasse 1000 € cette année",
    "Combien de clients ont acheté du Lego en août ?",
    "Quels clients ont ouvert l'e-mail Flash Sale ?",
    "Donne-moi les clients qui ont acheté du Lego en août",
    "Passé en caisse ce mois-ci à Lyon",
    "membres du programme fidélité à Lyon",
    "Programme fidélité : membres gold à Lyon",
    "Marque Nike achetée en ligne ce mois-ci",
    "clients avec un numéro de portable et une adresse e-mail",
    "clients qui ont reçu un code promo généré en août",
    "Exporte la liste des clients VIP de Lyon",
    "Bonjour, pourriez-vous m'extraire les clients recrutés via l'appli mobile et inscrits depuis mars ? Merci !",
    "Export all VIPs in Lyon",     # the audience itself, not their contact details
    "Refund follow-up: customers who returned at least two online orders in the past year.",
    "refund requests sent to customer service by email since January",
    "Close to a store: customers living in Lyon",
    "Share of wallet: customers who bought in store this year",
    "write me a list of gold members in Lyon",
    "Send me a segment of VIPs in Lyon",
    "Écris-moi une liste des clients VIP à Lyon",
    "Envoie-moi la liste des VIP de Lyon",
    "Passe-moi les VIP de Lyon",       # a verb that is also another word, said to the marketer: give me
    "Email me the VIPs in Lyon",
    "Retire les clients VIP de Lyon des clients de Paris",     # an exclusion with something kept
    "VIP customers in Lyon, remove the Belgian ones",
    "Résumé : clients VIP à Lyon",     # a past participle as typed is no order (it was refused as 'résume')
    # after a colon or a dash, what the list is and its criteria, no order ('Subject:', a value's noun)
    "Subject: Autumn reactivation - VIPs in Lyon",
    "Spring push - email opt-ins in Lyon",
    "Objet : SMS rentrée - clients VIP de Lyon",
    "VIPs in Lyon: add the Paris ones too",
    "VIPs with a birthday next month - we want to send them a little something",     # what the list is for
    "VIP de Lyon - on veut leur envoyer un cadeau",
    "VIPs in Lyon - we want to show them our new prices",      # no worse terms said
    "Gold members in Lyon - we'd like to give them extra perks",
    # taking them out of the audience, or a condition on a service they used, is no decision on their terms
    "VIPs in Lyon, remove them if they called customer service",
    "Gold members, but take them out if they got a refund this month",
    "Les VIP de Lyon, retire-les s'ils ont appelé le service client",
    "customers who were refused a payment in installments",
    "clients à qui on a refusé un remboursement",
    # selling goods, a best-seller, or a denial of any sale of data
    "customers we sold them a warranty last year",
    "buyers of our best-selling products in Paris",
    "Customers in Paris - we never sell their data",
    "les acheteurs des produits les plus vendus à Paris",
    "Clients à Paris, on ne revend jamais leurs données",
    # names said of nothing's origin
    "customers with a first name on file in Paris",
    "clients dont le nom de famille est renseigné",
])
def test_an_audience_saying_a_tasks_words_as_a_behaviour_is_no_other_task(translator, request_):
    r = translator.translate(request_, A)
    assert EN not in (r.message or "") and FR not in (r.message or ""), r.message
