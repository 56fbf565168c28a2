namespace Deliberation.Engine.EmbeddedPostgres;

/// <summary>Where the PostgreSQL server programs (initdb, pg_ctl) are installed.</summary>
public sealed record PostgresBinaries(string Directory)
{
    public const string InstallHint =
        "PostgreSQL's server programs (initdb, pg_ctl) were not found: install them (Debian/Ubuntu: apt-get install postgresql), " +
        "set DELIBERATION_POSTGRES_BIN to the folder that holds them, or give a connection string (DELIBERATION_CONNECTION_STRING).";

    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>
    /// The configured folder if given; otherwise the PATH, then the newest version under
    /// /usr/lib/postgresql (where Debian installs the server without putting it on the PATH).
    /// </summary>
    public static PostgresBinaries? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return HasServerPrograms(configured) ? new PostgresBinaries(configured) : null;

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(HasServerPrograms);
        var debian = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin"))
                .Where(HasServerPrograms)
            : [];
        var found = onPath.Concat(debian).FirstOrDefault();
        return found is null ? null : new PostgresBinaries(found);
    }

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
