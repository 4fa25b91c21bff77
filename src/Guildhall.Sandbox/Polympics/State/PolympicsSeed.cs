namespace Guildhall.Sandbox.Polympics.State;

/// <summary>
/// The documented starting data: seven teams, 26 accounts (two pages at the default page size), three awards, two apps,
/// two user sessions and two Discord users. Ids and tokens match <see cref="PolympicsSandboxCredentials"/>.
/// </summary>
internal static class PolympicsSeed
{
    private static readonly string[] TeamNames =
    [
        "Gods of Olympus", "Cool Kidz", "Polar Bears", "Imperius Legion", "Oumaji Nomads", "Bardur Hunters", "Xin-xi Dynasty",
    ];

    // Id, name, discriminator, team (0 = none), permissions, avatar hash (null = no custom avatar).
    private static readonly (long Id, string Name, string Discriminator, long Team, long Permissions, string? Avatar)[] SeedAccounts =
    [
        ((long)PolympicsSandboxCredentials.CaptainAccountId, "Athena", "0001", 1, PolympicsPermissionBits.ManageOwnTeam, "5e1f0c3b2a9d8e7f"),
        ((long)PolympicsSandboxCredentials.AdminAccountId, "Zeus", "0002", 1, PolympicsPermissionBits.AllAccountBits, "a_0b1c2d3e4f5a6b7c"),
        (310473552284467203, "Apollo", "1203", 1, 0, null),
        (310473552284467204, "Artemis", "8472", 1, 0, "9c8b7a6f5e4d3c2b"),
        (310473552284467205, "Hermes", "4040", 1, 0, null),
        (310473552284467206, "bob", "1111", 2, PolympicsPermissionBits.ManageOwnTeam, null),
        (310473552284467207, "Bobcat", "2222", 2, 0, "1a2b3c4d5e6f7a8b"),
        (310473552284467208, "Bobby Tables", "3333", 2, 0, null),
        (310473552284467209, "iris_of_rainbows", "0709", 2, 0, null),
        (310473552284467210, "Poseidon", "7000", 3, 0, null),
        (310473552284467211, "Demeter", "1812", 3, 0, null),
        (310473552284467212, "Hestia", "0003", 3, 0, null),
        (310473552284467213, "Ares", "6666", 4, 0, null),
        (310473552284467214, "Aphrodite", "1414", 4, 0, "2b3c4d5e6f7a8b9c"),
        (310473552284467215, "Hephaestus", "5150", 4, 0, null),
        (310473552284467216, "Dionysus", "0808", 5, 0, null),
        (310473552284467217, "Persephone", "2020", 5, 0, null),
        (310473552284467218, "Hades", "0000", 6, 0, null),
        (310473552284467219, "Nike", "1996", 6, 0, null),
        (310473552284467220, "Helios", "3001", 7, 0, null),
        (310473552284467221, "Selene", "3002", 7, 0, null),
        (310473552284467222, "Eos", "3003", 0, 0, null),
        (310473552284467223, "Pan", "4321", 0, 0, null),
        (310473552284467224, "Nyx", "0013", 0, 0, null),
        (310473552284467225, "Gaia", "1000", 0, 0, null),
        (310473552284467226, "Rhea", "2718", 0, 0, null),
    ];

    public static void Apply(PolympicsState state)
    {
        foreach (var name in TeamNames)
        {
            state.AddTeam(name);
        }

        foreach (var (id, name, discriminator, team, permissions, avatar) in SeedAccounts)
        {
            var avatarUrl = avatar is null ? null : $"https://cdn.discordapp.com/avatars/{id}/{avatar}.png";
            state.AddAccount(id, name, discriminator, avatarUrl, team == 0 ? null : team, permissions);
        }

        var gold = state.AddAward("Perfect 10 Gold", "https://polympics.example/awards/gold.png", 1);
        gold.Awardees.AddRange([(long)PolympicsSandboxCredentials.CaptainAccountId, (long)PolympicsSandboxCredentials.AdminAccountId]);
        var silver = state.AddAward("Silver Spear", "https://polympics.example/awards/silver.png", 2);
        silver.Awardees.Add(310473552284467206);
        state.AddAward("Bronze Shield", "https://polympics.example/awards/bronze.png", 3);

        state.AddApp("Sandbox full app", PolympicsPermissionBits.AllAppBits, PolympicsSandboxCredentials.FullAppToken);
        state.AddApp("Sandbox limited app", PolympicsSandboxCredentials.LimitedAppPermissions, PolympicsSandboxCredentials.LimitedAppToken);
        state.AddSession((long)PolympicsSandboxCredentials.CaptainAccountId, PolympicsSandboxCredentials.CaptainSessionToken);
        state.AddSession((long)PolympicsSandboxCredentials.AdminAccountId, PolympicsSandboxCredentials.AdminSessionToken);

        state.DiscordUsers[PolympicsSandboxCredentials.CaptainDiscordToken] =
            new PolympicsDiscordUser((long)PolympicsSandboxCredentials.CaptainAccountId, "Pallas Athena", "1001", "7d6c5b4a39281706");
        state.DiscordUsers[PolympicsSandboxCredentials.NewcomerDiscordToken] =
            new PolympicsDiscordUser((long)PolympicsSandboxCredentials.NewcomerDiscordId, "Newcomer", "0420", null);
    }
}
