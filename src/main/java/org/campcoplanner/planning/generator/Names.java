package org.campcoplanner.planning.generator;

import java.util.List;

/** Given and family names of a Canadian neighbourhood, grouped by origin. */
final class Names {

    /**
     * {@code weight}: how common the origin is, relative to the others; {@code language}: the
     * language besides English often spoken at home, or null.
     */
    record Origin(int weight, String language, List<String> given, List<String> family) {
    }

    static final List<Origin> ORIGINS = List.of(
            new Origin(5, null,
                    List.of("Emma", "Liam", "Olivia", "Noah", "Charlotte", "Jack", "Sophie", "Ethan", "Grace",
                            "Owen", "Hannah", "Lucas", "Megan", "Ryan", "Claire", "Connor", "Janet", "Doug"),
                    List.of("Smith", "MacDonald", "Campbell", "Thompson", "Wilson", "Stewart", "Fraser",
                            "Murray", "Robinson", "Taylor", "Clarke", "Morrison", "Reid", "Graham")),
            new Origin(2, "French",
                    List.of("Amélie", "Étienne", "Chloé", "Mathieu", "Geneviève", "Julien", "Émilie", "Olivier",
                            "Isabelle", "Luc", "Camille", "Sébastien"),
                    List.of("Gagnon", "Tremblay", "Côté", "Bouchard", "Lavoie", "Roy", "Gauthier", "Pelletier",
                            "Bélanger", "Lefebvre", "Fortin", "Ouellet")),
            new Origin(1, "Punjabi",
                    List.of("Harpreet", "Gurpreet", "Simran", "Arjun", "Manpreet", "Navdeep", "Jaspreet", "Kiran",
                            "Amandeep", "Rajveer"),
                    List.of("Singh", "Kaur", "Sandhu", "Gill", "Sidhu", "Dhillon", "Grewal", "Brar")),
            new Origin(1, "Gujarati",
                    List.of("Priya", "Rohan", "Anika", "Ravi", "Nisha", "Dev", "Meera", "Kunal"),
                    List.of("Patel", "Shah", "Desai", "Mehta", "Joshi", "Trivedi")),
            new Origin(1, "Mandarin",
                    List.of("Wei", "Mei", "Jun", "Ling", "Hao", "Xin", "Yan", "Jing", "Kevin", "Grace"),
                    List.of("Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Zhou", "Xu")),
            new Origin(1, "Cantonese",
                    List.of("Ka-Wai", "Siu Ming", "Winnie", "Kenneth", "Cindy", "Raymond"),
                    List.of("Wong", "Lam", "Chan", "Ng", "Leung", "Cheung")),
            new Origin(1, "Tagalog",
                    List.of("Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo", "Joy", "Rommel",
                            "Marites", "Jericho"),
                    List.of("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz",
                            "Villanueva", "Ramos", "Aquino")),
            new Origin(1, "Arabic",
                    List.of("Omar", "Layla", "Ahmad", "Fatima", "Yousef", "Noor", "Khaled", "Rania", "Amir",
                            "Huda", "Samir", "Mariam"),
                    List.of("Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Hamdan", "Aziz", "Darwish",
                            "Rahman", "Hassan")),
            new Origin(1, "Somali",
                    List.of("Amina", "Abdi", "Hodan", "Ayaan", "Hamza", "Sahra", "Mohamed", "Ifrah", "Khadra"),
                    List.of("Ali", "Warsame", "Abdullahi", "Jama", "Hussein", "Osman", "Yusuf", "Farah")),
            new Origin(1, null,
                    List.of("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde", "Chiamaka",
                            "Ikenna", "Yetunde"),
                    List.of("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Obi")),
            new Origin(1, "Vietnamese",
                    List.of("Linh", "Minh", "Thanh", "Huong", "Quang", "Mai", "Tuan", "Hoa", "Duc", "Lan"),
                    List.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui")),
            new Origin(1, "Portuguese",
                    List.of("João", "Ana", "Tiago", "Inês", "Rui", "Beatriz", "Pedro", "Sofia", "Miguel", "Carla"),
                    List.of("Silva", "Sousa", "Ferreira", "Pereira", "Costa", "Medeiros", "Rebelo", "Furtado")),
            new Origin(1, "Italian",
                    List.of("Giulia", "Marco", "Francesca", "Luca", "Elena", "Matteo", "Chiara", "Antonio",
                            "Paola", "Davide"),
                    List.of("Rossi", "Russo", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "DiNardo")),
            new Origin(1, "Spanish",
                    List.of("Camila", "Diego", "Valentina", "Santiago", "Daniela", "Andrés", "Lucía", "Mateo",
                            "Gabriela", "Javier"),
                    List.of("Hernández", "Rodríguez", "González", "Martínez", "López", "Ramírez", "Torres",
                            "Flores")),
            new Origin(1, null,
                    List.of("Andre", "Keisha", "Marcus", "Tamika", "Devon", "Shanice", "Jermaine", "Alicia",
                            "Winston", "Natasha"),
                    List.of("Brown", "Williams", "Grant", "Bailey", "Francis", "Gordon", "Lewis", "Walker")),
            new Origin(1, "Korean",
                    List.of("Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Ha-eun", "Do-yoon"),
                    List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang")),
            new Origin(1, "Ukrainian",
                    List.of("Oksana", "Andriy", "Natalia", "Taras", "Iryna", "Bohdan", "Olena", "Dmytro"),
                    List.of("Shevchenko", "Bondarenko", "Melnyk", "Kovalenko", "Tkachuk", "Boyko", "Hrynyk")),
            new Origin(1, null,
                    List.of("Tyler", "Kayla", "Jordan", "Shawna", "Cody", "Brittany"),
                    List.of("Hill", "Jamieson", "General", "Porter", "Sault", "Doxtator")),
            new Origin(1, "Tigrinya",
                    List.of("Senait", "Yonas", "Helen", "Dawit", "Saba", "Tesfay"),
                    List.of("Tesfaye", "Gebremedhin", "Haile", "Berhane", "Kidane")),
            new Origin(1, "Farsi",
                    List.of("Arash", "Shirin", "Reza", "Parisa", "Kian", "Leila"),
                    List.of("Ahmadi", "Hosseini", "Karimi", "Rostami", "Moradi")));

    private Names() {
    }
}
