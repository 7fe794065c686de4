import LynchpinDisk

extension ChangeWatcher {
    /// What `serve` watches of a project: its settings, its content and its templates.
    public init(location: ProjectLocation) {
        self.init(paths: [location.configFile, location.contentFolder, location.templatesFolder])
    }
}
