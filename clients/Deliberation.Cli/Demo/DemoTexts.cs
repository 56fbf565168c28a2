using Deliberation.Api.V1;

namespace Deliberation.Cli.Demo;

/// <summary>What the demo's people write, in Albanian (authoritative), Serbian (Latin script) and English.</summary>
internal static class DemoTexts
{
    public static readonly string[] Languages = ["sq", "sr-Latn", "en"];

    public static readonly LocalizedText SessionTitle = Text(
        "Shërbime komunale për të gjithë", "Opštinske usluge za sve", "Municipal services for everyone");

    public static readonly LocalizedText AgendaItem = Text(
        "Gjuhët në zyrat komunale", "Jezici u opštinskim kancelarijama", "Languages in the municipal offices");

    public static readonly LocalizedText Community = Text("Komuniteti", "Zajednica", "Community");
    public static readonly LocalizedText Albanian = Text("Shqiptar", "Albanska", "Albanian");
    public static readonly LocalizedText Serbian = Text("Serb", "Srpska", "Serbian");
    public static readonly LocalizedText Gender = Text("Gjinia", "Pol", "Gender");
    public static readonly LocalizedText Woman = Text("Grua", "Žena", "Woman");
    public static readonly LocalizedText Man = Text("Burrë", "Muškarac", "Man");

    /// <summary>What each speaker says when given the floor, in their own language.</summary>
    public static readonly IReadOnlyDictionary<string, string> Statements = new Dictionary<string, string>
    {
        ["Arta"] = "Gjuha e zyrës është gjuha e besimit: kush nuk kuptohet, nuk vjen më.",
        ["Milan"] = "Naši stariji sugrađani ne mogu da popune formulare na jednom jeziku.",
        ["Besnik"] = "Duhet të dihet kush e paguan përkthimin dhe brenda sa kohe.",
        ["Jelena"] = "Predlažem rokove koje opština zaista može da ispuni.",
    };

    // The proposal, written by Arta in Albanian, then translated by Milan and Jelena.
    public const string TitleSq = "Zyra komunale dygjuhëshe";
    public const string TitleSr = "Dvojezične opštinske kancelarije";
    public const string TitleEn = "Bilingual municipal offices";
    public const string OfficesSq = "Çdo zyrë komunale u përgjigjet qytetarëve në shqip dhe në serbisht.";
    public const string OfficesSr = "Svaka opštinska kancelarija odgovara građanima na albanskom i srpskom.";
    public const string OfficesEn = "Every municipal office answers citizens in Albanian and Serbian.";
    public const string DocumentsSq = "Dokumentet zyrtare botohen në të dyja gjuhët brenda tridhjetë ditësh.";
    public const string DocumentsSr = "Službeni dokumenti objavljuju se na oba jezika u roku od trideset dana.";
    public const string DocumentsEn = "Official documents are published in both languages within thirty days.";

    /// <summary>Milan's friendly amendment: ten days instead of thirty, in every language.</summary>
    public static readonly LocalizedText TenDays = Text(
        "Dokumentet zyrtare botohen në të dyja gjuhët brenda dhjetë ditësh.",
        "Službeni dokumenti objavljuju se na oba jezika u roku od deset dana.",
        "Official documents are published in both languages within ten days.");

    public static readonly LocalizedText TenDaysRationale = Text(
        "Tridhjetë ditë janë shumë për një leje ndërtimi.", "Trideset dana je predugo za građevinsku dozvolu.", "Thirty days is too long for a building permit.");

    /// <summary>Besnik's amendment, which divides the room: Albanian first on public signs.</summary>
    public static readonly LocalizedText AlbanianFirst = Text(
        "Në tabelat publike, shqipja shkruhet e para.", "Na javnim tablama albanski se piše prvi.", "On public signs, Albanian is written first.");

    public static readonly LocalizedText AlbanianFirstRationale = Text(
        "Shumica e qytetit flet shqip.", "Većina grada govori albanski.", "Most of the town speaks Albanian.");

    public const string DeclineReason = "This splits us; the proposal is about being understood, not about order.";

    public static LocalizedText Text(string sq, string sr, string en) => new()
    {
        Texts = { new Translation { Language = "sq", Text = sq }, new Translation { Language = "sr-Latn", Text = sr }, new Translation { Language = "en", Text = en } },
    };

    public static LocalizedText Text(string language, string text) => new() { Texts = { new Translation { Language = language, Text = text } } };
}
