namespace Deliberation.Cli.Demo;

/// <summary>A person of the demo: their community and gender (the session's two group dimensions) and the language they write in.</summary>
internal sealed record DemoPerson(string Name, string Community, string Gender, string Language);

/// <summary>
/// Who takes part in the demo: a town's Albanian and Serbian communities, four and three voting participants,
/// with a moderator from neither. The communities are uneven on purpose: a majority of the room is then not
/// a majority of each community, which is what a double majority is for.
/// </summary>
internal static class DemoCast
{
    public static readonly DemoPerson Moderator = new("Mira", "", "woman", "en");

    public static readonly DemoPerson Arta = new("Arta", "albanian", "woman", "sq");
    public static readonly DemoPerson Besnik = new("Besnik", "albanian", "man", "sq");
    public static readonly DemoPerson Drita = new("Drita", "albanian", "woman", "sq");
    public static readonly DemoPerson Luan = new("Luan", "albanian", "man", "sq");
    public static readonly DemoPerson Milan = new("Milan", "serbian", "man", "sr-Latn");
    public static readonly DemoPerson Jelena = new("Jelena", "serbian", "woman", "sr-Latn");
    public static readonly DemoPerson Stefan = new("Stefan", "serbian", "man", "sr-Latn");

    public static readonly IReadOnlyList<DemoPerson> Voters = [Arta, Besnik, Drita, Luan, Milan, Jelena, Stefan];
}
