"""Fixed word lists the demo warehouse generator draws from.

Cities, stores, brands and campaign themes are data, not contract: the
translator must find them in the warehouse, never in this file.
"""
from __future__ import annotations

# (country, weight, [(city, weight), ...])
GEOGRAPHY: list[tuple[str, float, list[tuple[str, float]]]] = [
    ("FR", 30, [("Paris", 5), ("Lyon", 2), ("Marseille", 2), ("Lille", 1.5), ("Toulouse", 1.2), ("Bordeaux", 1.1), ("Nantes", 1)]),
    ("DE", 15, [("Berlin", 3), ("Munich", 2), ("Hamburg", 2), ("Cologne", 1), ("Frankfurt", 1)]),
    ("ES", 12, [("Madrid", 3), ("Barcelona", 3), ("Valencia", 1), ("Seville", 1)]),
    ("IT", 10, [("Milan", 3), ("Rome", 3), ("Turin", 1), ("Naples", 1)]),
    ("GB", 10, [("London", 4), ("Manchester", 1.5), ("Birmingham", 1)]),
    ("BE", 6, [("Brussels", 3), ("Antwerp", 1.5), ("Ghent", 1)]),
    ("NL", 5, [("Amsterdam", 3), ("Rotterdam", 1.5), ("Utrecht", 1)]),
    ("US", 8, [("New York", 3), ("Chicago", 2), ("Los Angeles", 2)]),
    ("CA", 4, [("Toronto", 2), ("Montreal", 1.5), ("Vancouver", 1)]),
]

PHONE_PREFIX = {"FR": "+33", "DE": "+49", "ES": "+34", "IT": "+39", "GB": "+44",
                "BE": "+32", "NL": "+31", "US": "+1", "CA": "+1"}

# (store_name, city, country, format)
STORES: list[tuple[str, str, str, str]] = [
    ("Paris Rivoli", "Paris", "FR", "flagship"), ("Paris La Defense", "Paris", "FR", "mall"),
    ("Paris Opera", "Paris", "FR", "mall"), ("Paris Vallee Village", "Paris", "FR", "outlet"),
    ("Lyon Part-Dieu", "Lyon", "FR", "mall"), ("Lyon Bellecour", "Lyon", "FR", "flagship"),
    ("Marseille Terrasses du Port", "Marseille", "FR", "mall"), ("Lille Euralille", "Lille", "FR", "mall"),
    ("Lille Roubaix Outlet", "Lille", "FR", "outlet"), ("Toulouse Capitole", "Toulouse", "FR", "mall"),
    ("Bordeaux Sainte-Catherine", "Bordeaux", "FR", "mall"), ("Nantes Atlantis", "Nantes", "FR", "mall"),
    ("Berlin Kurfuerstendamm", "Berlin", "DE", "flagship"), ("Berlin Alexa", "Berlin", "DE", "mall"),
    ("Munich Marienplatz", "Munich", "DE", "mall"), ("Hamburg Europa Passage", "Hamburg", "DE", "mall"),
    ("Wertheim Village Outlet", "Frankfurt", "DE", "outlet"), ("Madrid Gran Via", "Madrid", "ES", "flagship"),
    ("Madrid Xanadu", "Madrid", "ES", "mall"), ("Barcelona Diagonal", "Barcelona", "ES", "mall"),
    ("La Roca Village Outlet", "Barcelona", "ES", "outlet"), ("Milan Corso Buenos Aires", "Milan", "IT", "flagship"),
    ("Rome Porta di Roma", "Rome", "IT", "mall"), ("Serravalle Outlet", "Turin", "IT", "outlet"),
    ("London Oxford Street", "London", "GB", "flagship"), ("London Westfield", "London", "GB", "mall"),
    ("Manchester Arndale", "Manchester", "GB", "mall"), ("Brussels Rue Neuve", "Brussels", "BE", "mall"),
    ("Antwerp Meir", "Antwerp", "BE", "mall"), ("Amsterdam Kalverstraat", "Amsterdam", "NL", "flagship"),
    ("Batavia Stad Outlet", "Amsterdam", "NL", "outlet"), ("New York Fifth Avenue", "New York", "US", "flagship"),
    ("Chicago Water Tower", "Chicago", "US", "mall"), ("Toronto Eaton Centre", "Toronto", "CA", "mall"),
]

CATEGORIES = ["shoes", "apparel", "accessories", "beauty", "home", "sports", "kids", "electronics"]

# category -> (typical list price, brands, product nouns)
CATEGORY_PRODUCTS: dict[str, tuple[float, list[str], list[str]]] = {
    "shoes": (90, ["Nike", "Adidas", "Puma", "New Balance", "Veja", "Converse"], ["Sneakers", "Runners", "Boots", "Sandals", "Loafers"]),
    "apparel": (45, ["Levi's", "Lacoste", "Tommy Hilfiger", "Nike", "Adidas", "Petit Bateau"], ["T-shirt", "Jeans", "Hoodie", "Dress", "Jacket", "Shirt"]),
    "accessories": (60, ["Fossil", "Ray-Ban", "Herschel", "Longchamp", "Michael Kors"], ["Watch", "Sunglasses", "Backpack", "Handbag", "Wallet"]),
    "beauty": (30, ["L'Oreal", "Clarins", "Nivea", "Lancome", "Sephora Collection"], ["Serum", "Lipstick", "Perfume", "Face Cream", "Mascara"]),
    "home": (55, ["Le Creuset", "Bodum", "Smeg", "Maisons du Monde"], ["Casserole", "Kettle", "Lamp", "Cushion", "Coffee Press"]),
    "sports": (70, ["Wilson", "Salomon", "Asics", "Nike", "Head"], ["Racket", "Trail Shoes", "Yoga Mat", "Ball", "Backpack"]),
    "kids": (35, ["Lego", "Djeco", "VTech", "Petit Bateau"], ["Building Set", "Puzzle", "Toy Laptop", "Pyjamas", "Board Game"]),
    "electronics": (180, ["Sony", "Samsung", "Apple", "Bose", "JBL"], ["Headphones", "Speaker", "Tablet", "Smartwatch", "Earbuds"]),
}

FIRST_NAMES_FEMALE = ["Emma", "Louise", "Alice", "Chloe", "Lea", "Sofia", "Mia", "Hannah", "Lucia", "Giulia",
                      "Olivia", "Amelia", "Julie", "Sarah", "Laura", "Anna", "Marie", "Elena", "Ines", "Nora"]
FIRST_NAMES_MALE = ["Lucas", "Louis", "Gabriel", "Leo", "Hugo", "Noah", "Liam", "Paul", "Jonas", "Marco",
                    "Luca", "Oliver", "Jack", "Thomas", "David", "Daniel", "Pablo", "Felix", "Adam", "Arthur"]
LAST_NAMES = ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Muller", "Schmidt", "Schneider", "Fischer",
              "Garcia", "Fernandez", "Lopez", "Rossi", "Russo", "Ferrari", "Smith", "Jones", "Taylor", "Brown",
              "Peeters", "Janssens", "De Jong", "Jansen", "Johnson", "Williams", "Tremblay", "Roy", "Moreau",
              "Laurent", "Weber"]

COUPONS = ["WELCOME10", "SPRING15", "SUMMER20", "BLACKFRIDAY", "XMAS25", "VIP30", "FREESHIP", "APP5"]

CAMPAIGN_THEMES = {
    "promotion": ["Flash Sale", "Mid-Season Sale", "Weekend Deals", "Private Sale", "Brand Days"],
    "newsletter": ["Weekly Newsletter", "New Arrivals", "Style Guide", "Trends Edit"],
    "loyalty": ["VIP Rewards", "Points Booster", "Member Preview", "Birthday Treat"],
    "winback": ["We Miss You", "Come Back Offer", "Reactivation"],
    "transactional": ["Order Update", "Account Notice", "Delivery Info"],
}
