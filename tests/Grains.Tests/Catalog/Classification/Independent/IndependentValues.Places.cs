namespace DataSpine.Grains.Tests.Catalog.Classification;

internal sealed partial class IndependentValues
{
    private static readonly string[] EnglishStreets = ["Willow Creek", "Larkspur", "Ashbury", "Kingfisher", "Juniper", "Chestnut", "Harbour View", "Foxglove"];

    /// <summary>A street address of one of 16 countries, in that country's layout, sometimes on several lines.</summary>
    public string Address() => Int(0, 16) switch
    {
        0 => F($"{Int(10, 9999)} {Pick(EnglishStreets)} {Pick(new[] { "Road", "Ave", "Lane", "Drive", "Ct", "Blvd" })}, {Pick(new[] { "Springfield, IL 62704", "Austin, TX 78701", "Portland, OR 97205" })}"),
        1 => F($"{Int(1, 300)} {Pick(EnglishStreets)} {Pick(new[] { "Street", "Close", "Crescent", "Way" })}\n{Pick(new[] { "Leeds LS1 4AP", "Bristol BS8 1TH", "Glasgow G2 3QZ" })}"),
        2 => F($"{Pick(new[] { "Lindenallee", "Birkenweg", "Goethestraße", "Am Mühlbach", "Kastanienstr." })} {Int(1, 140)}{(Chance(20) ? "a" : "")}, {Int(10000, 99999)} {Pick(new[] { "Leipzig", "Köln", "Freiburg" })}"),
        3 => F($"{Int(1, 120)}{(Chance(20) ? " bis" : "")} {Pick(new[] { "rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse du Moulin" })}, {Int(10000, 95999)} {Pick(new[] { "Lyon", "Nantes", "Toulouse" })}"),
        4 => F($"{Pick(new[] { "Calle de Toledo", "Avenida de la Constitución", "Paseo de Gracia", "C/ Mayor" })}, {Int(1, 200)}, {Int(1, 9)}º {Pick(new[] { "A", "B", "Izq." })}, {Int(10000, 52999):00000} {Pick(new[] { "Sevilla", "Bilbao", "Zaragoza" })}"),
        5 => F($"{Pick(new[] { "Via Garibaldi", "Corso Vittorio Emanuele", "Piazza Navona", "Viale dei Mille" })} {Int(1, 150)}, {Int(10, 98):00}{Int(100, 999)} {Pick(new[] { "Torino", "Bologna", "Napoli" })}"),
        6 => F($"{Pick(new[] { "Prinsengracht", "Dorpsstraat", "Molenweg", "Julianalaan" })} {Int(1, 400)}\n{Int(1000, 9999)} {Upper(2)} {Pick(new[] { "Utrecht", "Haarlem", "Delft" })}"),
        7 => F($"ul. {Pick(new[] { "Piotrkowska", "Długa", "Mickiewicza", "Kwiatowa" })} {Int(1, 200)}/{Int(1, 40)}, {Int(10, 99)}-{Int(100, 999)} {Pick(new[] { "Łódź", "Gdańsk", "Kraków" })}"),
        8 => F($"{Pick(new[] { "Drottninggatan", "Kungsvägen", "Sveavägen", "Karl Johans gate", "Vesterbrogade" })} {Int(1, 150)}, {Int(100, 999)} {Int(10, 99)} {Pick(new[] { "Uppsala", "Malmö", "Göteborg" })}"),
        9 => F($"{Pick(new[] { "Av. Paulista", "Rua das Laranjeiras", "Rua Augusta", "Alameda Santos" })}, {Int(10, 3000)} - {Pick(new[] { "Bela Vista", "Centro", "Jardins" })}, São Paulo - SP, {Int(10000, 99999)}-{Int(100, 999)}"),
        10 => F($"Flat {Int(1, 900)}, {Pick(new[] { "Sai Residency", "Green Park Apartments", "Lotus Towers" })}, {Int(1, 40)} {Pick(new[] { "MG Road", "Link Road", "Station Road" })}, {Pick(new[] { "Bengaluru 560001", "Mumbai 400053", "Pune 411001" })}"),
        11 => F($"{Int(1, 9)}-{Int(1, 30)}-{Int(1, 20)} {Pick(new[] { "Shibuya", "Nishi-Shinjuku", "Umeda" })}, {Pick(new[] { "Shibuya-ku", "Shinjuku-ku", "Kita-ku" })}, {Pick(new[] { "Tokyo", "Osaka" })} {Int(100, 999)}-{Digits(4)}"),
        12 => F($"{Pick(new[] { "上海市浦东新区世纪大道", "广州市天河区天河路", "北京市海淀区中关村大街" })}{Int(1, 300)}号"),
        13 => F($"Unit {Int(1, 30)}, {Int(1, 200)} {Pick(new[] { "George St", "Brunswick St", "Chapel St" })}, {Pick(new[] { "Fitzroy VIC 3065", "Surry Hills NSW 2010", "New Farm QLD 4005" })}"),
        14 => F($"{Pick(new[] { "서울특별시 마포구 월드컵로", "부산광역시 해운대구 해운대로" })} {Int(1, 500)}"),
        _ => F($"{Pick(new[] { "Av. Insurgentes Sur", "Calle Reforma", "Av. Juárez" })} {Int(1, 3000)}, Col. {Pick(new[] { "Del Valle", "Roma Norte", "Centro" })}, {Int(1000, 16999):00000} Ciudad de México"),
    };

    public string City() => Pick(new[] { "Lisbon", "Osaka", "Curitiba", "Gdańsk", "Leeds", "Bilbao", "Hamburg", "Austin", "Chennai", "Tromsø", "Lyon", "Victoria" });

    public string Country() => Pick(new[] { "Portugal", "Japan", "Brazil", "Poland", "United Kingdom", "Spain", "Germany", "India", "Norway" });

    public string Postcode() => Pick(new[] { F($"{Int(10000, 99999)}"), $"{Upper(2)}{Int(1, 20)} {Int(1, 9)}{Upper(2)}", F($"{Int(1000, 9999)} {Upper(2)}"), F($"{Int(10, 99)}-{Int(100, 999)}") });
}
