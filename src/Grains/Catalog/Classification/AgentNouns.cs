using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Words for someone who does something (diner, adjuster, borrower, assignee, instructor): in
/// "&lt;word&gt;_name" they name a person, like the roles listed in <see cref="PersonNamePhrases"/>.
/// Known by their English ending, except the many things that end the same way (server, folder,
/// printer, container, vendor, committee), which are listed here.
/// </summary>
internal static class AgentNouns
{
    private static readonly string[] Endings = ["er", "or", "ee", "ist"];

    private static readonly FrozenSet<string> Things = FrozenSet.ToFrozenSet(
    [
        "server", "folder", "printer", "computer", "container", "trailer", "router", "controller", "sensor",
        "processor", "monitor", "cluster", "parameter", "filter", "header", "footer", "layer", "marker", "counter",
        "timer", "buffer", "handler", "listener", "scheduler", "partner", "order", "center", "character",
        "chapter", "letter", "number", "paper", "poster", "banner", "water", "matter", "master", "provider",
        "carrier", "manufacturer", "supplier", "vendor", "adapter", "adaptor", "connector", "broker", "tracker",
        "scanner", "reader", "register", "meter", "parser", "formatter", "exporter", "importer", "publisher",
        "distributor", "retailer", "wholesaler", "dealer", "lender", "insurer", "issuer", "acquirer", "operator",
        "collector", "indicator", "factor", "vector", "selector", "descriptor", "generator", "iterator",
        "validator", "color", "floor", "door", "error", "mirror", "motor", "tensor", "anchor", "sector", "flavor",
        "honor", "behavior", "labor", "favor", "harbor", "major", "minor", "senior", "junior", "interior",
        "exterior", "elevator", "cursor", "decor", "tractor", "reactor", "committee", "coffee", "degree",
        "guarantee", "jamboree", "filler", "wrapper", "helper", "resolver", "renderer", "builder", "loader",
        "logger", "poller", "worker", "runner", "trigger", "checker", "watcher", "emitter", "consumer",
        "producer", "publisher", "subscriber", "exchanger", "transformer", "converter", "encoder", "decoder",
        "compiler", "debugger", "installer", "launcher", "browser", "player", "viewer", "editor", "uploader",
        "downloader", "crawler", "spider", "cookie", "identifier", "modifier", "qualifier", "classifier",
        "tier", "barrier", "courier", "cashier", "premier", "dossier", "frontier", "quarter", "winter", "summer",
        "spring", "river", "tower", "power", "flower", "shower", "corner", "border", "starter", "charger",
        "blender", "cooler", "heater", "boiler", "freezer", "toaster", "speaker", "sticker", "voucher", "ledger",
        "gender", "newsletter", "cluster", "shelter", "theater", "theatre", "liter", "litre", "diameter",
        "perimeter", "thermometer", "barometer", "odometer", "kilometer", "millimeter", "centimeter", "list",
        "playlist", "checklist", "wishlist", "whitelist", "blacklist", "allowlist", "denylist", "twist", "wrist",
    ]);

    public static bool IsAgentNoun(string word)
    {
        if (word.Length < 5 || Things.Contains(word))
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
