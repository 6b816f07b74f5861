package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A navigation menu shown at a named theme location such as {@code primary}. */
@Entity
@Table(name = "menu")
public class Menu extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String location;

    @Column(nullable = false)
    private String name;

    protected Menu() {}

    public Menu(String location, String name) {
        this.location = location;
        this.name = name;
    }

    public String getLocation() {
        return location;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
