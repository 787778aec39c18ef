package org.torconformance.control.info;

import org.torconformance.control.ControlModule;
import org.torconformance.control.TorModel;
import org.torconformance.wire.CommandSyntax;

/**
 * GETINFO, and the keys that describe the mocked tor as a whole. Keys about configuration,
 * circuits, streams, the address map, directory documents and onion services belong to the
 * modules that keep that state; they register them with the same {@code model.info()}.
 */
public final class InfoModule implements ControlModule {
    @Override
    public void install(TorModel model) {
        model.commands().register("GETINFO", CommandSyntax.anyPositional(), new GetInfoCommand());
        NameKeys.install(model);
        ProcessKeys.install(model);
        NetworkKeys.install(model);
        ListenerKeys.install(model);
        StatusKeys.install(model);
        TimeKeys.install(model);
        GeoIpKeys.install(model);
        AccountingKeys.install(model);
        ExitPolicyKeys.install(model);
        DownloadKeys.install(model);
        DirectoryKeys.install(model);
    }
}
