package io.dossier.core.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;

/**
 * The owner's choices for one extension: on or off, where it goes (widgets), its heading and
 * its configuration values. Null fields mean "as the extension declares".
 */
@Entity
@Table(name = "extension_setting")
public class ExtensionSetting {

    @Id
    @Column(name = "extension_id")
    private String extensionId;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean enabled = true;

    private String area;
    private Integer position;
    private String title;

    @ElementCollection
    @CollectionTable(name = "extension_config", joinColumns = @JoinColumn(name = "extension_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "config_value")
    private Map<String, String> config = new HashMap<>();

    protected ExtensionSetting() {}

    public ExtensionSetting(String extensionId) {
        this.extensionId = extensionId;
    }

    public String getExtensionId() {
        return extensionId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Map<String, String> getConfig() {
        return config;
    }
}
